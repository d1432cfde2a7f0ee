// The cds-* tags in templates, from the package's generated types (docs/installing.md).
import type {} from '@cds-vn/elements/vue';
