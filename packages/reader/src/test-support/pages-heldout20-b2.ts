import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file b2: a Politico-style policy story (the masthead with "Pro" and "Sign In", section nav, the
 * "Health Care" kicker, headline and dek, lead photo with caption and credit, "By A and B" byline, published and updated
 * timestamps, share tools with "Link Copied", story-text paragraphs with an h3 subhead, two inline newsletter sign-up
 * inserts with their form fields, legal line and hidden success and error messages, a contributor line, "Filed under"
 * tags, the "Related" stack, the cookie notice and the footer).
 */
const poTitle = 'Telehealth cliff looms as lawmakers eye another short-term patch';
const poDek =
  'Rural hospitals warn that thousands of Medicare patients could lose virtual visits on Jan. 1 if Congress lets pandemic-era flexibilities lapse again.';
const poBody1 = [
  'Rural hospitals and home health groups are pressing Congress to extend Medicare’s telehealth flexibilities before they expire at ' +
    'the end of the year, warning that a lapse would force patients in remote areas to drive hours for routine appointments.',
  'The pandemic-era rules, which let Medicare beneficiaries see doctors by video from their own homes, have been renewed six times since ' +
    '2020, usually for a few months at a time and often at the last minute. They briefly lapsed for 11 days in October during the ' +
    'government shutdown, and providers say they are still sorting out the billing mess.',
  '“Every time this goes down to the wire, some of our clinics stop scheduling video visits because they don’t know if they’ll get ' +
    'paid,” said Delia Ransome, who runs a network of four critical access hospitals in eastern Montana. “Patients notice. They just stop coming.”',
  'Leaders on the House Energy and Commerce and Ways and Means committees have signaled they would back a two-year extension, according ' +
    'to three aides familiar with the talks who were granted anonymity to describe private discussions. But the cost — roughly $4 billion ' +
    'over a decade, according to a preliminary Congressional Budget Office estimate shared with lawmakers — has made some senators wary of ' +
    'anything longer than a few months.',
  'Senators have floated attaching a shorter patch to the stopgap spending bill that must pass by Jan. 30, which would buy time but ' +
    'repeat the cycle of uncertainty providers have complained about for years.',
];
const poH = 'What’s in the draft';
const poBody2 = [
  'A draft circulated among House aides this week would extend the flexibilities through the end of 2027 and keep a requirement that ' +
    'patients receiving mental health care by video see their provider in person within six months, a provision patient groups have ' +
    'fought to scrap.',
  'The draft would also direct the Centers for Medicare and Medicaid Services to study whether telehealth has increased overall ' +
    'spending, a concern fiscal hawks have raised since the program’s expansion. Earlier research has produced mixed findings: Some studies ' +
    'found video visits replaced in-person care, while others found they added to it.',
  'Telehealth use in traditional Medicare has settled at about 5 percent of outpatient visits, down from a peak of nearly 30 percent in ' +
    'April 2020, but it remains far higher in rural counties and for behavioral health.',
  '“This is no longer an emergency measure,” said Rep. Martin Okafor, a Minnesota lawmaker who has sponsored legislation to make the ' +
    'changes permanent. “It is how a lot of people get care now, and we keep treating it like a favor we might take back.”',
  'A spokesperson for the Senate Finance Committee said the chair was “committed to avoiding another lapse” but declined to say how ' +
    'long an extension the committee would support.',
] as const;
const poNav = ['Congress', 'White House', 'Elections', 'Legal', 'Health Care', 'Energy & Environment', 'Tech', 'Defense', 'Playbook', 'Newsletters'];
const poCap = 'A nurse practitioner at a clinic in Glasgow, Mont., sees a patient by video in August.';
const poCredit = 'Lena Harrow/POLITICO';
const poTags = ['Congress', 'Health Care', 'Medicare', 'Telehealth', 'Rural Health'];
const poRelated = [
  'Hospitals brace for Medicaid cuts as states rewrite budgets',
  'Inside the fight over who pays for rural ambulances',
  'CMS floats new rules for remote patient monitoring',
];
const poFoot = [
  'About Us',
  'Advertising',
  'Breaking News Alerts',
  'Careers',
  'Credit Card Payments',
  'Digital Edition',
  'FAQ',
  'Feedback',
  'Headlines',
  'Photos',
  'Press',
  'Print Subscriptions',
  'Request A Correction',
  'Write For Us',
  'RSS',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Do not sell or share my personal information',
  '© 2025 POLITICO LLC',
];
const poLegal =
  'By signing up, you agree to receive email newsletters or updates from POLITICO and you accept our privacy policy and terms of service. ' +
  'You can unsubscribe at any time.';
const poSignup = (name: string, blurb: string, id: string): string => `<aside class="story-enhancement" data-enhancement="newsletter">
<section class="newsletter-signup newsletter-signup--inline" data-newsletter-id="${id}"><div class="newsletter-signup__content">
<h3 class="newsletter-signup__title">${name}</h3><p class="newsletter-signup__dek">${blurb}</p>
<form class="newsletter-signup__form" novalidate><label class="sr-only" for="email-${id}">Your Email</label>
<input type="email" id="email-${id}" placeholder="Your Email" required><label for="employer-${id}">Employer</label><input id="employer-${id}">
<label for="title-${id}">Job Title</label><input id="title-${id}"><p class="newsletter-signup__legal">${poLegal}</p>
<button type="submit" class="button button--primary">Sign Up</button></form>
<p class="newsletter-signup__success" hidden>You will now start receiving email updates</p>
<p class="newsletter-signup__error" hidden>Something went wrong. Please try again.</p></div></section></aside>`;
const poP = (t: string): string => `<p class="story-text__paragraph">${t}</p>`;
const poHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${poTitle} - POLITICO</title>
<meta name="description" content="${poDek}"><meta name="news_keywords" content="telehealth, Medicare, rural hospitals">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${poTitle}",
"author":[{"@type":"Person","name":"Carmen Delacroix"},{"@type":"Person","name":"Owen Strickland"}],"datePublished":"2025-11-12T10:00:00Z"}</script>
<script>window.politicoDataLayer=[{"contentType":"story","section":"healthcare","pageTemplate":"story-template"}];</script></head>
<body class="layout-story"><div class="global-header"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="site-header"><a class="site-header__logo" href="/" aria-label="POLITICO"></a><nav class="site-header__nav" aria-label="Sections">
<ul>${links(poNav, 'site-header__nav-item')}</ul></nav><a class="site-header__pro" href="https://subscriber.politicopro.example">Pro</a>
<a class="site-header__signin" href="/login">Sign In</a><button class="site-header__search">Search</button></header></div>
<main id="main" class="container container--story"><article class="story-main-content" data-content-type="story">
<header class="summary-header"><p class="headline-kicker"><a href="/healthcare">Health Care</a></p><h2 class="headline">${poTitle}</h2>
<p class="dek">${poDek}</p></header>
<section class="media-item media-item--story-lead"><figure class="media-item__image"><img alt="A nurse on a video call"
src="https://static.politico.example/2f/9a/telehealth-clinic.jpg" width="1160" height="773"><figcaption class="media-item__caption">
<p class="media-item__summary">${poCap}</p><p class="media-item__credit">${poCredit}</p></figcaption></figure></section>
<div class="story-meta"><p class="story-meta__authors">By <span class="vcard"><a href="/staff/carmen-delacroix">Carmen Delacroix</a></span> and
<span class="vcard"><a href="/staff/owen-strickland">Owen Strickland</a></span></p><p class="story-meta__timestamp">
<time datetime="2025-11-12T10:00:00Z">11/12/2025 05:00 AM EST</time></p><p class="story-meta__updated">Updated: <time
datetime="2025-11-12T15:41:00Z">11/12/2025 10:41 AM EST</time></p>
<div class="story-share-tools"><button class="share-tool share-tool--facebook">Facebook</button><button class="share-tool share-tool--x">X</button>
<button class="share-tool share-tool--link">Link</button><span class="share-tool__copied" aria-live="polite">Link Copied</span></div></div>
<div class="story-text">
${poBody1.slice(0, 3).map(poP).join('\n')}
${poSignup('Morning Checkup', 'The people and policies shaping health care in Washington, every weekday morning.', 'checkup')}
${poBody1.slice(3).map(poP).join('\n')}
<h3 class="story-text__heading">${poH}</h3>
${poBody2.slice(0, 2).map(poP).join('\n')}
<div class="ad ad--inline" data-ad-position="inline_2"><p class="ad__label">Advertisement</p></div>
${poBody2.slice(2, 4).map(poP).join('\n')}
${poSignup('Inside Congress', 'Get the latest from Capitol Hill, including what is moving and what is stuck, every evening.', 'congress')}
${poP(poBody2[4])}
<p class="story-text__paragraph story-text__contributor"><em>Janelle Ortiz contributed to this report.</em></p>
</div>
<footer class="story-footer"><p class="story-tags"><span class="story-tags__label">Filed under:</span> ${poTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join(', ')}</p></footer></article>
<section class="story-related"><h2 class="story-related__title">Related</h2><ul>${links(poRelated, 'story-related__item')}</ul></section></main>
<div class="cookie-notice" role="dialog"><p>POLITICO uses cookies to improve your experience and to measure how our site is used.</p>
<button>Accept</button><button>Manage Settings</button></div>
<footer class="site-footer"><ul>${links(poFoot)}</ul></footer></body></html>`;
export const politico: TestPage = {
  html: poHtml,
  name: 'heldout20-politico-policy-story',
  kind: 'news',
  // the headline is an h2 in this template (it is the title); the dek is body; the h3 subhead is the heading; both
  // newsletter inserts (names, blurbs, form labels, legal line, hidden success and error lines) are furniture, as are the
  // kicker, photo caption and credit, share tools, ad label, contributor line, tags, "Related", cookie notice, nav and
  // footer; the two authors and both timestamps are bylines ("By", "and", "Updated:" in neither); the kicker "Health Care"
  // is also a nav item and a tag, "Congress" a nav item and a tag: listed once
  title: poTitle,
  headings: [poH],
  body: [poDek, ...texts(poBody1), ...texts(poBody2)],
  bylines: ['Carmen Delacroix', 'Owen Strickland', '11/12/2025 05:00 AM EST', '11/12/2025 10:41 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...poNav, 'Pro', 'Sign In', 'Search', poCap, poCredit, 'Facebook', 'X', 'Link', 'Link Copied', 'Morning Checkup',
    'The people and policies shaping health care in Washington, every weekday morning.', 'Your Email', 'Employer', 'Job Title', poLegal,
    'Sign Up', 'You will now start receiving email updates', 'Something went wrong. Please try again.', 'Inside Congress',
    'Get the latest from Capitol Hill, including what is moving and what is stuck, every evening.', 'Advertisement',
    'Janelle Ortiz contributed to this report.', 'Filed under:', 'Medicare', 'Telehealth', 'Rural Health', 'Related', ...poRelated,
    'POLITICO uses cookies to improve your experience and to measure how our site is used.', 'Accept', 'Manage Settings', ...poFoot,
  ],
};
