// Starts every govuk-frontend component on the page (the template's inline "js-enabled" script is allowed by its CSP hash).
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
