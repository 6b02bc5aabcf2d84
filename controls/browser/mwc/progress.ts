/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/progress/circular-progress.js";
import "@material/web/progress/linear-progress.js";
