/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/checkbox/checkbox.js";
import "@material/web/radio/radio.js";
import "@material/web/switch/switch.js";
