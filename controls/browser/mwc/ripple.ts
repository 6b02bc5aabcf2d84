/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/focus/md-focus-ring.js";
import "@material/web/ripple/ripple.js";
