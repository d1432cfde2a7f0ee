/** Registers every element. */
import './status-badge/cds-status-badge.js';
