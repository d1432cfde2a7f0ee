// The cds-* tags in JSX, from the package's generated types (docs/installing.md).
import type {} from '@cds-vn/elements/react';
