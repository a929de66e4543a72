import { ps, type TestPage, texts } from './page-kit.js';
import { eventbrite } from './pages-heldout282-c2.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file c: a job posting on a Greenhouse job board, embedded in the classic boards layout (company logo
 * header, h1 app title with "at Company" and location, the description with h3 sections and lists, the application form with
 * its labels, the voluntary self-identification block, "Powered by Greenhouse" footer) and, from file c2, an Eventbrite
 * event page.
 */
const gTitle = 'Senior Data Engineer, Grid Forecasting';
const gIntro = pp(`
Tidewell Energy builds software that helps small utilities balance rooftop solar, batteries and old-fashioned demand on the
same wires. Our forecasts tell a rural co-op how much power its members will need tomorrow afternoon, and how much their own
panels will supply, so the co-op can buy less expensive power the day before instead of paying peak prices on the spot market.

We are a team of forty-two people, most of us remote, with a small office in Marrow Bay. We are looking for a senior data engineer
to own the pipelines that feed our forecasting models.
`);
const gH = ["What you'll do", "What you'll bring", 'Compensation and benefits', 'How we hire'];
const gDo = [
  'Design, build and run the pipelines that pull meter readings, weather feeds and market prices from more than sixty utilities',
  'Make our data trustworthy: write the checks that catch a stuck meter or a missing weather station before a model sees it',
  'Work with our forecasting scientists to turn notebook experiments into scheduled, monitored jobs',
  'Take part in a light on-call rotation, one week in seven, with a clear runbook and a team that fixes root causes',
];
const gBring = [
  'Five or more years building production data pipelines in Python and SQL',
  'Experience with an orchestrator such as Airflow or Dagster, and with a columnar warehouse',
  'Comfort with time series: time zones, daylight saving, late-arriving data and resampling',
  'Clear writing; we make most decisions in short design documents',
  'Experience in energy or utilities is welcome but not required',
];
const gComp = pp(`
The base salary range for this role is $158,000 to $184,000, depending on experience and location. We also offer equity,
full health, dental and vision cover for you and your family, a $1,500 yearly home-office budget and sixteen weeks of paid
parental leave.
`);
const gHire = pp(`
You will talk with our head of data for thirty minutes, then do a paid take-home exercise of no more than three hours, which we
review with you in a conversation rather than grade in silence. The last step is a half-day of video calls with the team.

Tidewell Energy is an equal opportunity employer. We welcome applicants of every background and will make reasonable
adjustments at any stage of the process; just tell your recruiter what you need.
`);
const gBody = [...gIntro, ...gDo, ...gBring, ...gComp, ...gHire];
const gFields = ['First Name', 'Last Name', 'Email', 'Phone', 'Resume/CV', 'Cover Letter', 'LinkedIn Profile', 'Are you legally authorized to work in the US?'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Application for ${gTitle} at Tidewell Energy</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${gTitle}"><meta property="og:description" content="Remote - United States">
<link rel="stylesheet" media="screen" href="https://boards.cdn.greenhouse.example/assets/application-7a1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${gTitle}","datePosted":"2026-09-28",
"hiringOrganization":{"@type":"Organization","name":"Tidewell Energy"},"jobLocationType":"TELECOMMUTE","employmentType":"FULL_TIME"}</script>
<script>window.ghjb_d = {"board_token":"tidewellenergy","job_id":6104288};</script></head>
<body><div id="wrapper"><div id="embedded_job_board_wrapper"><div id="logo"><a href="https://tidewell.example"><img alt="Tidewell Energy logo"
src="https://s2-recruiting.cdn.greenhouse.example/external_greenhouse_job_boards/logos/400/882/100/resized/tidewell.png"></a></div>
<div id="app_body"><div id="header"><h1 class="app-title">${gTitle}</h1><span class="company-name">at Tidewell Energy</span>
<div class="location">Remote - United States</div></div>
<a href="#app" class="button" id="apply_button">Apply</a>
<div id="content">
${ps(gIntro)}
<h3>${gH[0]}</h3>
<ul>${lis(gDo)}</ul>
<h3>${gH[1]}</h3>
<ul>${lis(gBring)}</ul>
<h3>${gH[2]}</h3>
${ps(gComp)}
<h3>${gH[3]}</h3>
${ps(gHire)}
</div>
<div id="application"><div class="heading">Apply for this Job</div><p class="required-fields"><span class="asterisk">*</span> Required</p>
<form id="application_form" method="post" action="/tidewellenergy/jobs/6104288" enctype="multipart/form-data">
${gFields.map((f, i) => `<div class="field"><label for="q${i}">${f}<span class="asterisk">*</span></label><input type="text" id="q${i}"></div>`).join('\n')}
<div id="eeoc_fields"><div class="heading">U.S. Standard Demographic Questions</div>
<p>We invite applicants to share their demographic background. Providing this information is voluntary.</p>
<label>Gender</label><label>Are you Hispanic/Latino?</label><label>Veteran Status</label><label>Disability Status</label>
<p>Public burden statement: According to the Paperwork Reduction Act of 1995 no persons are required to respond to a collection of information.</p></div>
<div id="submit_buttons"><input type="button" id="submit_app" value="Submit Application"></div></form></div></div>
<div id="footer"><p class="powered-by">Powered by <a href="https://www.greenhouse.example" target="_blank">Greenhouse</a></p>
<p><a href="https://www.greenhouse.example/privacy-policy">Read our Privacy Policy</a></p></div></div></div>
<script src="https://boards.cdn.greenhouse.example/assets/application-2b81.js"></script></body></html>`;
const greenhouse: TestPage = {
  name: 'heldout282-greenhouse-job',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts(gBody),
  bylines: ['at Tidewell Energy'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Remote - United States', 'Apply', 'Apply for this Job', 'Required', ...gFields, 'U.S. Standard Demographic Questions',
    'We invite applicants to share their demographic background. Providing this information is voluntary.', 'Gender', 'Are you Hispanic/Latino?',
    'Veteran Status', 'Disability Status',
    'Public burden statement: According to the Paperwork Reduction Act of 1995 no persons are required to respond to a collection of information.',
    'Powered by Greenhouse', 'Read our Privacy Policy',
  ],
};

export const HELDOUT282_C: readonly TestPage[] = [greenhouse, eventbrite];
