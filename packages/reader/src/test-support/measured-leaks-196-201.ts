import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT196_PAGES } from './pages-heldout196.js';
import { HELDOUT197_PAGES } from './pages-heldout197.js';
import { HELDOUT198_PAGES } from './pages-heldout198.js';
import { HELDOUT199_PAGES } from './pages-heldout199.js';
import { HELDOUT200_PAGES } from './pages-heldout200.js';
import { HELDOUT201_PAGES } from './pages-heldout201.js';

/** Batches 196 to 201 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_196_201: readonly MeasuredBatch[] = [
  {
    batch: 196,
    pages: HELDOUT196_PAGES,
    precision: 0.94,
    recall: 0.97,
    leaks: {
      'heldout196-doxygen-class-reference': [
        '#include <fenn/ring_buffer.hpp>',
        'The documentation for this class was generated from the following file:',
        'include/fenn/ring_buffer.hpp',
      ],
      'heldout196-typedoc-class': ['view full'],
      'heldout196-jsdoc-module': ['module:tide/clock', 'tide/clock'],
      'heldout196-redocly-api-reference': [
        'Download OpenAPI specification:',
        'Download',
        'Authorizations:',
        'bearerAuth',
        'Request Body schema: application/json',
        'path Parameters',
        'Request samples',
        'Content type',
        'Response samples',
      ],
      'heldout196-swagger-ui-operations': [
        'Swagger UI',
        'public',
        '/v3/api-docs/public',
        'Servers',
        'Parameters',
        'No parameters',
        'Request body',
        'Responses',
        'No links',
        'Slot',
      ],
      'heldout196-starlight-docs-page': ['Next'],
      'heldout196-antora-docs-page': ['Example 1. Taking a snapshot', 'Example 2. Restoring to a point in time'],
    },
  },
  {
    batch: 197,
    pages: HELDOUT197_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout197-google-sites-blog': ['Clearing the last of the brambles by the trough'],
      'heldout197-craft-cms-blog': ['Hana Wray'],
      'heldout197-umbraco-news': ['Report a repair online'],
      'heldout197-duda-blog': ['Sediment drained from a six-year-old tank during a routine flush', 'Request Service'],
    },
  },
  {
    batch: 198,
    pages: HELDOUT198_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout198-the-star-my-news': ['Flood mitigation works to begin in Kuantan this year', 'Pahang allocates RM40mil for monsoon preparations'],
      'heldout198-dawn-pk-news': ['Read: Sindh govt approves plan to shut illegal hydrants in Karachi'],
      'heldout198-taipei-times-news': ['Visitors walk along a new suspended section of the Shakadang Trail in Hualien County yesterday. Phot'],
    },
  },
  {
    batch: 199,
    pages: HELDOUT199_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout199-canada-ca-service-page': ['Page feedback', 'Did you find what you were looking for?'],
      'heldout199-nsw-health-fact-sheet': ['Fact sheet'],
    },
  },
  {
    batch: 200,
    pages: HELDOUT200_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout200-chegg-qa-forum': ['There are 3 steps to solve this one.'],
      'heldout200-university-course-syllabus-docs': ['Instructor: Dr. Maribel Ostrowski'],
      'heldout200-libguides-research-guide-docs': ['Hannah Oyelaran', 'Librarian', 'Ask a Librarian'],
    },
  },
  {
    batch: 201,
    pages: HELDOUT201_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout201-qrz-callsign-bio': ['Harold J Penner', 'Login', 'Login is required for additional detail.', 'Detail'],
      'heldout201-ebird-checklist': [
        'Checklist',
        'Observers',
        'Checklist Comments',
        '38 species (+1 other taxa) total',
        '28 more species not shown.',
        'Show all',
      ],
      'heldout201-hackadayio-project': [
        'Description',
        'Details',
        'Files',
        'Components',
        'Project Logs',
        'soilnode-v2-schematic.pdf',
        'soilnode-v2-gerbers.zip',
        'gateway-firmware-1.4.tar.gz',
        'Download',
        'View all 7 project logs',
      ],
    },
  },
];
