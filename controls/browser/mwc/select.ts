/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/select/filled-select.js";
import "@material/web/select/outlined-select.js";
import "@material/web/select/select-option.js";
