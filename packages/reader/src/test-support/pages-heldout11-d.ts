import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file d: a job posting on an applicant-tracking careers site (company blurb, role description,
 * responsibilities and requirements lists, salary box, "Apply now" buttons, similar jobs) and an estate agent's
 * property listing (gallery, price, key facts table, description, agent card, mortgage calculator, map, similar homes).
 */
const jobTitle = 'Senior Data Engineer, Logistics Platform';
const jobAbout = [
  'Parcelwise moves about two million parcels a week for independent shops across the UK and Ireland. We are a team ' +
    'of 180 people, most of whom work from our Bristol office two days a week and from home the rest.',
];
const jobRole = [
  'Our data platform team builds the pipelines that tell a depot manager at 5am how many vans they need and tell a ' +
    'shop owner where their parcel is. You would join four engineers and an analyst who own ingestion, the warehouse ' +
    'and the models that forecast daily volume for every depot.',
  'This is a hands-on role. You will write code most days, review other people’s, and help decide how we replace a ' +
    'nightly batch job that has quietly grown to seven hours.',
];
const jobDo = [
  'Design and run streaming pipelines that take scan events from depots into the warehouse within a minute.',
  'Own the quality checks that catch missing or duplicated scans before they reach a forecast.',
  'Work with operations analysts to turn their spreadsheets into tested, scheduled models.',
  'Mentor two mid-level engineers and take part in a shared on-call rota, one week in six.',
];
const jobNeed = [
  'Several years building production data pipelines in Python or a JVM language.',
  'Solid SQL and experience with a columnar warehouse such as BigQuery, Snowflake or Redshift.',
  'Experience with an event streaming system, for example Kafka or Kinesis.',
  'The habit of writing things down: design notes, runbooks and honest post-incident reviews.',
];
const jobNice = ['Some background in logistics, retail or forecasting.', 'Familiarity with dbt and with infrastructure as code.'];
const jobPerks = [
  'We pay within a published band for every level, and we review pay every April. Alongside salary you get 28 days of ' +
    'holiday plus bank holidays, a 6 percent pension contribution and a learning budget of £1,200 a year.',
];
const jobSimilar = [
  ['Data Analyst, Depot Operations', 'Bristol'],
  ['Platform Engineer', 'Remote (UK)'],
  ['Engineering Manager, Tracking', 'Bristol'],
];
const jobHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${jobTitle} - Parcelwise Careers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${jobTitle}","datePosted":"2025-03-04",
"hiringOrganization":{"@type":"Organization","name":"Parcelwise"},"baseSalary":{"@type":"MonetaryAmount","currency":"GBP"}}</script></head>
<body><a class="skip" href="#job">Skip to job details</a><div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>We use cookies to
improve your application experience.</p><button>Allow all</button><button>Only necessary</button></div>
<header class="careers-header"><a href="/" class="careers-header__logo">Parcelwise Careers</a>
<nav><ul>${links(['All jobs', 'Life at Parcelwise', 'How we hire'])}</ul></nav></header>
<main id="job" class="job-page"><div class="job-page__back"><a href="/jobs">← Back to all jobs</a></div>
<section class="job-header"><h1 class="job-header__title">${jobTitle}</h1><ul class="job-header__facts"><li>Bristol, hybrid</li><li>Engineering</li>
<li>Full-time</li></ul><a class="button button--primary" href="/jobs/4471/apply">Apply now</a><p class="job-header__posted">Posted 4 March 2025</p></section>
<div class="job-page__columns"><article class="job-description">
<h2>About Parcelwise</h2>
${ps(jobAbout)}
<h2>About the role</h2>
${ps(jobRole)}
<h2>What you’ll do</h2>
<ul>${jobDo.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>What we’re looking for</h2>
<ul>${jobNeed.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<p><strong>Nice to have:</strong></p>
<ul>${jobNice.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>Pay and benefits</h2>
${ps(jobPerks)}
<p class="job-description__eeo"><em>Parcelwise is an equal opportunity employer. We welcome applications from everyone and make
reasonable adjustments at every stage.</em></p></article>
<aside class="job-sidebar"><div class="salary-box"><h3 class="salary-box__label">Salary</h3><p class="salary-box__amount">£68,000 – £78,000 per year</p>
<p class="salary-box__note">Plus 6% pension and annual bonus</p></div><a class="button button--primary button--block" href="/jobs/4471/apply">Apply now</a>
<div class="share-job"><span>Share this job</span><a href="#">Copy link</a><a href="#">Email</a></div></aside></div>
<section class="similar-jobs"><h2>Similar jobs</h2><ul>
${jobSimilar
  .map(
    ([t, l]) =>
      `<li class="similar-jobs__item"><a href="/jobs/x"><span class="similar-jobs__title">${t}</span></a>` +
      `<span class="similar-jobs__location">${l}</span></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="careers-footer"><p>Powered by Hireline</p><ul>${links(['Candidate privacy notice', 'Accessibility'])}</ul></footer></body></html>`;
const job: TestPage = {
  html: jobHtml,
  name: 'heldout11-job-posting',
  kind: 'blog',
  // hard calls: the posting text is the article, including the company blurb ("About Parcelwise"), both lists, the "Nice to
  // have:" lead-in and the pay paragraph; the equal-opportunity line is boilerplate every posting carries, so furniture;
  // the job facts under the title (location, team, hours), the salary box, both "Apply now" buttons, share links, "Back to
  // all jobs", similar jobs and footer are furniture; "Posted 4 March 2025" is a byline
  title: jobTitle,
  headings: ['About Parcelwise', 'About the role', 'What you’ll do', 'What we’re looking for', 'Pay and benefits'],
  body: [...texts(jobAbout), ...texts(jobRole), ...texts(jobDo), ...texts(jobNeed), 'Nice to have:', ...texts(jobNice), ...texts(jobPerks)],
  bylines: ['Posted 4 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to job details', 'We use cookies to improve your application experience.', 'Allow all', 'Only necessary', 'Parcelwise Careers', 'All jobs',
    'Life at Parcelwise', 'How we hire', '← Back to all jobs', 'Bristol, hybrid', 'Full-time', 'Apply now', 'Parcelwise is an equal opportunity employer.',
    '£68,000 – £78,000 per year', 'Plus 6% pension and annual bonus', 'Share this job', 'Copy link', 'Similar jobs', ...jobSimilar.flat(),
    'Powered by Hireline', 'Candidate privacy notice',
  ],
};

const homeTitle = 'Three bedroom terraced house for sale, Cobden Street, Hexley';
const homeDesc = [
  'A bright Victorian mid-terrace on one of Hexley’s quieter streets, a short walk from the station and the Saturday ' +
    'market. The current owners have lived here for eleven years and have replaced the roof, the boiler and most of the ' +
    'windows in that time.',
  'The front door opens into a hallway with the original tiled floor. To the left is a sitting room with a working ' +
    'fireplace and a deep bay window; behind it, the kitchen and dining room have been opened into one long space ' +
    'that gets the evening sun.',
  'Upstairs there are two double bedrooms, a smaller third bedroom currently used as a study, and a family bathroom ' +
    'with a shower over the bath. The loft is boarded and has a pull-down ladder.',
  'The rear garden is about fourteen metres long, mostly lawn, with a paved seating area by the kitchen door and a ' +
    'timber shed at the far end. A gate opens onto the shared back lane, handy for bikes and bins.',
  'Offered with no onward chain. Viewing is strongly recommended.',
];
const homeFacts = [
  ['Property type', 'Terraced'],
  ['Bedrooms', '3'],
  ['Bathrooms', '1'],
  ['Tenure', 'Freehold'],
  ['Council tax band', 'B'],
  ['EPC rating', 'D'],
];
const homeSimilar = [
  ['£289,950', '2 bed terraced house, Peel Road'],
  ['£315,000', '3 bed semi-detached house, Orchard Way'],
];
const homeNav = ['Buy', 'Rent', 'Sell', 'House prices', 'Find an agent'];
const homeHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${homeTitle} | Homefinder</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Residence",
"address":{"streetAddress":"Cobden Street","addressLocality":"Hexley"}}</script>
<script>window.__PRELOADED_STATE__={"listing":{"id":77120451,"price":299950,"beds":3}}</script></head>
<body><div id="root"><header class="hf-header"><a href="/" class="hf-header__logo">Homefinder</a><nav><ul>${links(homeNav)}</ul></nav>
<a class="hf-header__signin" href="/signin">Sign in</a></header>
<div class="hf-breadcrumbs"><a href="/for-sale/hexley">Property for sale in Hexley</a> › <span>Cobden Street</span></div>
<main class="listing"><div class="gallery"><img src="https://media.homefinder.example/77120451/1.jpg" alt="Front of the house">
<button class="gallery__count">1/24</button><button class="gallery__floorplan">Floorplan</button><button class="gallery__save">Save</button></div>
<div class="listing__columns"><div class="listing__main"><div class="listing__price"><p class="listing__price-qualifier">Guide price</p>
<p class="listing__price-amount">£299,950</p></div><h1 class="listing__title">${homeTitle}</h1><p class="listing__address">Cobden Street, Hexley, HX2</p>
<p class="listing__added">Added on 14/03/2025</p>
<section class="key-features"><h2>Key features</h2><table class="key-facts"><tbody>
${homeFacts.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></section>
<section class="listing__description"><h2>Property description</h2><div class="listing__description-text">
${ps(homeDesc)}
</div><p class="listing__disclaimer">These particulars are a guide only and do not form part of any contract. Measurements are approximate.</p></section>
<section class="map"><h2>Location</h2><div class="map__canvas" role="img" aria-label="Map showing the property location"></div>
<ul class="map__stations"><li>Hexley station, 0.3 miles</li><li>Hexley Parkway, 1.8 miles</li></ul></section>
<section class="mortgage-calculator"><h2>Mortgage calculator</h2><label for="deposit">Deposit</label><input id="deposit" value="30000">
<label for="term">Repayment term (years)</label><input id="term" value="25"><p class="mortgage-calculator__result">Monthly repayment: £1,463</p>
<p class="mortgage-calculator__small">Figures are illustrative only. Your home may be repossessed if you do not keep up repayments on your mortgage.</p>
</section></div>
<aside class="agent-card"><p class="agent-card__label">Marketed by</p><h3 class="agent-card__name">Lowther &amp; Crane, Hexley</h3>
<p class="agent-card__address">12 Market Place, Hexley HX1 3DQ</p><a class="button" href="tel:01632960777">Call agent</a>
<a class="button button--primary" href="/enquiry">Request details</a><a href="/agents/lowther-crane">More properties from this agent</a></aside></div>
<section class="similar-homes"><h2>Similar homes for sale</h2><ul>
${homeSimilar.map(([p, d]) => `<li class="property-card"><p class="property-card__price">${p}</p><p class="property-card__title">${d}</p></li>`).join('\n')}
</ul></section></main>
<footer class="hf-footer"><ul>${links(['About Homefinder', 'Help centre', 'Terms of use', 'Privacy'])}</ul><p>© Homefinder Ltd 2025</p></footer></div>
</body></html>`;
const listing: TestPage = {
  html: homeHtml,
  name: 'heldout11-property-listing',
  kind: 'blog',
  // hard calls: the listing headline is the title and the description prose is the body; "Property description" is the
  // only heading of the article ("Key features" heads a table of facts, left out with its cells, and "Location", "Mortgage
  // calculator" and "Similar homes for sale" head furniture); the price and address are facts a reader wants but not prose,
  // so in neither list; "Added on" is a byline; the marketing agent card, disclaimer, map, calculator and gallery furniture
  title: homeTitle,
  headings: ['Property description'],
  body: texts(homeDesc),
  bylines: ['Added on 14/03/2025', 'Lowther & Crane, Hexley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Homefinder', ...homeNav, 'Sign in', 'Property for sale in Hexley', '1/24', 'Floorplan', 'Guide price', 'Key features',
    'These particulars are a guide only and do not form part of any contract.', 'Hexley station, 0.3 miles', 'Hexley Parkway, 1.8 miles',
    'Mortgage calculator', 'Deposit', 'Repayment term (years)', 'Monthly repayment: £1,463', 'Figures are illustrative only.', 'Marketed by',
    '12 Market Place, Hexley HX1 3DQ', 'Call agent', 'Request details', 'More properties from this agent', 'Similar homes for sale', ...homeSimilar.flat(),
    'About Homefinder', 'Help centre', 'Terms of use', '© Homefinder Ltd 2025',
  ],
};

export const HELDOUT11_D: readonly TestPage[] = [job, listing];
