/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/slider/slider.js";
