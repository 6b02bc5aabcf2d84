/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/textfield/filled-text-field.js";
import "@material/web/textfield/outlined-text-field.js";
