import { type TestPage, texts } from './page-kit.js';
import { hansard } from './pages-heldout276-c2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file c: a court hearing transcript on a Webflow-built transcription company site ("Verbatim Co.",
 * the layout of Rev's transcript library): the w-nav bar, breadcrumbs, the hero with category tag and date, an embedded
 * player, the w-richtext transcript with speaker lines carrying time codes, the "Transcribe your own content" CTA block,
 * related transcripts, a cookie banner and the footer; and, from file c2, a Hansard-style debate page.
 */
const cTitle = 'State v. Pell Ferrando Bail Review Hearing Transcript';
const cIntro = j(
  'Judge Ivana Stroud of the Merrow County Superior Court heard arguments on March 3, 2026 on whether to modify the bail conditions',
  'of Pell Ferrando, who is charged with two counts of fraud over the collapse of a regional freight co-operative. Read the transcript here.',
);
const cLines: [string, string][] = [
  ['Judge Ivana Stroud (00:00:04):', 'We are on the record in State versus Ferrando. Counsel, please state your appearances.'],
  ['Deputy District Attorney Colm Hayter (00:00:11):', 'Colm Hayter for the State, Your Honor.'],
  ['Teodora Blaise (00:00:15):', 'Good morning, Your Honor. Teodora Blaise for Mr. Ferrando, who is present in court.'],
  [
    'Judge Ivana Stroud (00:00:22):',
    j(
      'Thank you. I have read the defense motion to modify conditions and the State\u2019s opposition. Ms. Blaise, this is your motion.',
      'Tell me what has changed since the original bail order in January.',
    ),
  ],
  [
    'Teodora Blaise (00:00:36):',
    j(
      'Three things, Your Honor. First, Mr. Ferrando has complied with every condition for eight weeks without a single alert from the',
      'monitoring company. Second, his mother is in hospital in Calverly, which is outside the county, and the current order does not let',
      'him visit her. Third, the co-operative\u2019s remaining accounts are now under the control of the receiver, so the concern that he',
      'could move funds no longer applies.',
    ),
  ],
  ['Judge Ivana Stroud (00:01:24):', 'What exactly are you asking for?'],
  [
    'Teodora Blaise (00:01:27):',
    j(
      'Permission to travel to Calverly twice a week, with the ankle monitor kept in place, and a reduction of the cash portion of bail',
      'from 250,000 to 100,000, since the family has had to borrow against their home to post it.',
    ),
  ],
  ['Judge Ivana Stroud (00:01:49):', 'Mr. Hayter.'],
  [
    'Deputy District Attorney Colm Hayter (00:01:51):',
    j(
      'Your Honor, the State does not oppose the hospital visits, provided they are scheduled in advance with pretrial services. We do',
      'oppose any reduction in the cash bail. The losses to members of the co-operative exceed four million dollars, and two witnesses',
      'have told investigators they were contacted by people acting for the defendant after his arrest.',
    ),
  ],
  ['Teodora Blaise (00:02:20):', 'Your Honor, there is no evidence in the record connecting my client to those contacts. None.'],
  [
    'Judge Ivana Stroud (00:02:27):',
    j(
      'I have the investigator\u2019s declaration, and it is thin, Mr. Hayter. But I am not going to reduce the cash portion today. Here is',
      'the order. The defendant may travel to Calverly General Hospital on Tuesdays and Fridays between 9 a.m. and 6 p.m., with the itinerary',
      'filed with pretrial services forty-eight hours ahead. The monitor stays on. The request to reduce bail is denied without prejudice,',
      'and may be renewed at the next status conference. Anything further?',
    ),
  ],
  ['Teodora Blaise (00:03:10):', 'Nothing further, Your Honor.'],
  ['Deputy District Attorney Colm Hayter (00:03:12):', 'Nothing from the State.'],
  ['Judge Ivana Stroud (00:03:14):', 'We are adjourned.'],
];
const cNav = ['Services', 'Pricing', 'Transcript Library', 'For Legal', 'Enterprise'];
const cCrumbs = ['Verbatim Co.', 'Transcript Library', 'Legal Transcripts'];
const cRelated = [
  'Merrow County Commission Meeting on Jail Expansion Transcript',
  'State v. Ollander Sentencing Hearing Transcript',
  'Appeals Court Oral Argument on Tenant Screening Transcript',
];
const cFoot = ['About Us', 'Careers', 'Security', 'Privacy Policy', 'Terms of Service'];
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 22:14:07 GMT+0000 -->
<html data-wf-domain="www.verbatimco.example" data-wf-page="65c0f1e2a9b8c7d6e5f4a3b2" data-wf-site="64ab12cd34ef56ab78cd90ef"
data-wf-collection="64ab12cd34ef56ab78cd91aa" data-wf-item-slug="state-v-pell-ferrando-bail-review-hearing-transcript" lang="en"><head>
<meta charset="utf-8"><title>${cTitle} | Verbatim Co.</title><meta content="Read the transcript of the bail review hearing in State v. Pell Ferrando."
name="description"><meta content="${cTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://cdn.prod.website-files.example/64ab12cd34ef56ab78cd90ef/css/verbatimco.webflow.shared.4f2a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,
document);</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${cTitle}",
"datePublished":"2026-03-03"}</script></head>
<body><div data-animation="default" class="navbar w-nav" data-collapse="medium" role="banner"><div class="nav-container w-container"><a href="/"
class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.example/logo.svg" alt="Verbatim Co. logo" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${cNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}
</nav><div class="nav-buttons"><a href="/login" class="button-secondary w-button">Log In</a><a href="/signup" class="button-primary w-button">Get Started</a>
</div><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-hero-transcript"><div class="container-medium w-container"><div class="breadcrumbs-wrapper">${cCrumbs
  .map((c) => `<a href="/${c.length}" class="breadcrumb-link">${c}</a>`)
  .join('<div class="breadcrumb-divider">/</div>')}</div>
<div class="transcript-category-tag"><div class="tag-text">Legal Transcripts</div></div><h1 class="heading-transcript">${cTitle}</h1>
<div class="transcript-meta"><div class="text-meta">Mar 3, 2026</div><div class="meta-divider">•</div><div class="text-meta w-dyn-bind-empty"></div></div>
<p class="transcript-intro">${cIntro}</p></div></div>
<div class="section-transcript-body"><div class="container-medium w-container"><div class="transcript-grid w-layout-grid"><div class="transcript-main">
<div class="video-embed w-embed w-iframe"><iframe src="https://www.youtube-nocookie.example/embed/ferrando" title="Bail review hearing"></iframe></div>
<div class="copy-button-wrapper"><a href="#" class="copy-transcript-button w-inline-block"><div>Copy Transcript</div></a></div>
<div class="rich-text-transcript w-richtext">
${cLines.map(([s, t]) => `<p><strong>${s}</strong></p><p>${t}</p>`).join('\n')}
</div></div>
<div class="transcript-sidebar"><div class="sticky-cta"><div class="cta-card"><h3 class="cta-heading">Transcribe your own content</h3><p class="cta-text">Try
Verbatim Co. for accurate transcripts of hearings, depositions and interviews in minutes.</p>
<a href="/signup" class="button-primary w-button">Start for free</a>
</div></div></div></div></div></div>
<div class="section-related"><div class="container-medium w-container"><h2 class="heading-related">Related Transcripts</h2><div class="w-dyn-list"><div
role="list" class="related-list w-dyn-items">${cRelated
  .map(
    (r) => `<div role="listitem" class="w-dyn-item"><a href="/t/${r.length}" class="related-card
w-inline-block"><div class="related-title">${r}</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="footer"><div class="w-container">
<div class="footer-links">${cFoot.map((f) => `<a href="/${f.length}" class="footer-link">${f}</a>`).join('')}</div>
<div class="footer-copyright">© 2026 Verbatim Co. All rights reserved.</div></div></footer>
<div class="cookie-banner" fs-cc="banner"><div class="cookie-text">This website uses cookies to improve your experience.</div><a fs-cc="allow" href="#"
class="cookie-button w-button">Accept</a><a fs-cc="deny" href="#" class="cookie-button-outline w-button">Deny</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/64ab12cd34ef56ab78cd90ef/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const rev: TestPage = {
  name: 'heldout276-webflow-court-transcript-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([cIntro, ...cLines.flat()]),
  bylines: ['Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Log In', 'Get Started', ...cCrumbs, 'Copy Transcript', 'Transcribe your own content',
    'Try Verbatim Co. for accurate transcripts of hearings, depositions and interviews in minutes.', 'Start for free', 'Related Transcripts', ...cRelated,
    ...cFoot, '© 2026 Verbatim Co. All rights reserved.', 'This website uses cookies to improve your experience.', 'Accept', 'Deny',
  ],
};

export const HELDOUT276_C: readonly TestPage[] = [rev, hansard];
