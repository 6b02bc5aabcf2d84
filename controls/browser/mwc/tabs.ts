/** Material Web components loaded together (see `lazy.ts`). @module */
import "@material/web/tabs/primary-tab.js";
import "@material/web/tabs/tabs.js";
