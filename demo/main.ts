// The one script a portal page loads: it registers every cds-* element.
import '@cds-vn/elements/define-all.js';
