import { links, type TestPage, texts } from './page-kit.js';
import { cloudflareDocs } from './pages-heldout99-f2.js';

/**
 * Held-out batch 99, file f: an IBM Documentation task topic (ibm.com/docs, DITA output in the docs app) for an invented
 * product (the IBM masthead, the "IBM Documentation" bar with the product name, version picker and "Change version", the
 * product search, the table of contents, the breadcrumb, the "Last Updated" line, the DITA task body with short description,
 * context, numbered steps with info paragraphs, a Note, the result and the related links with "Parent topic:", the "Was
 * this topic helpful?" feedback, "Previous topic" / "Next topic", the IBM footer and the TrustArc cookie notice) and, from
 * file f2, a Cloudflare docs page.
 */
const ibTitle = 'Configuring a dead-letter queue';
const ibShort =
  'A dead-letter queue holds messages that cannot be delivered to their destination, so that they are not lost and can be ' +
  'examined later. Configure one for each queue manager before you put it into production.';
const ibH1 = 'About this task';
const ibP1 = [
  'When the queue manager cannot put a message on its target queue, for example because the queue is full or does not exist, it places ' +
    'the message on the dead-letter queue together with a header that records the reason. Without a dead-letter queue, such messages ' +
    'are returned to the sender or discarded, depending on the report options of the message.',
  'Only one dead-letter queue can be defined for each queue manager. It is an ordinary local queue; what makes it special is that the ' +
    'queue manager attribute <span class="ph parmname">DEADQ</span> names it.',
];
const ibH2 = 'Procedure';
const ibSteps = [
  '<span class="ph cmd">Create a local queue to use as the dead-letter queue.</span> <div class="itemgroup info">Choose a maximum depth large ' +
    'enough to hold the messages that might arrive during an outage of your largest destination, and a maximum message length equal to ' +
    'the largest message your applications send.</div>',
  '<span class="ph cmd">Set the <span class="ph parmname">DEADQ</span> attribute of the queue manager to the name of the new queue.</span> ' +
    '<div class="itemgroup info">The change takes effect immediately. Messages that could not be delivered before the change remain ' +
    'wherever they were placed.</div>',
  '<span class="ph cmd">Grant the channel agents put authority on the queue.</span> <div class="itemgroup info">Receiving channels ' +
    'put undeliverable messages on the dead-letter queue under their own user ID, so that user ID needs put authority.</div>',
  '<span class="ph cmd">Start a dead-letter queue handler.</span> <div class="itemgroup info">The handler reads the queue and applies ' +
    'rules that you write, such as retrying the put after a delay or forwarding messages to an error queue for your application team.</div>',
];
const ibNote =
  '<span class="notetitle">Note:</span> Do not use the dead-letter queue as a place to store messages permanently. A full dead-letter ' +
  'queue causes receiving channels to stop, which can halt the flow of messages between queue managers.';
const ibH3 = 'Results';
const ibP3 = [
  'Messages that cannot be delivered are now kept on the dead-letter queue. Use the <span class="ph cmd">lsq display qstatus</span> command ' +
    'to check its current depth, and set a queue depth high event so that operators are alerted before the queue fills.',
];
const ibH4 = 'Example';
const ibP4 = [
  'The Fairhaven Logistics integration team defined a dead-letter queue named <span class="ph filepath">FH.DLQ</span> with a maximum depth ' +
    'of 50 000 messages on each of its four queue managers, and runs the handler with a rule that retries every message three times at ' +
    'five-minute intervals before forwarding it to <span class="ph filepath">FH.ERRORS</span>.',
];
const ibMast = ['Products', 'Consulting', 'Support', 'Think'];
const ibToc = [
  'Welcome',
  'Overview',
  'Planning',
  'Installing',
  'Administering',
  'Managing queues',
  'Creating queues',
  ibTitle,
  'Monitoring queue depth',
  'Securing',
  'Troubleshooting',
  'Reference',
];
const ibCrumbs = ['Lodestar Queue Manager 3.2.x', 'Administering', 'Managing queues'];
const ibRelated = ['Related reference', 'lsq alter qmgr', 'Dead-letter queue handler rules table'];
const ibFeedback = ['Was this topic helpful?', 'Yes', 'No'];
const ibPager = ['Previous topic', 'Creating queues', 'Next topic', 'Monitoring queue depth'];
const ibFoot = ['Contact IBM', 'Privacy', 'Terms of use', 'Accessibility', 'Cookie preferences'];
const ibCookie =
  'Our websites require some cookies to function properly (required). In addition, other cookies may be used with your consent to analyze ' +
  'site usage, improve the user experience and for advertising.';
const ibCode = (c: string): string => `<pre class="pre codeblock"><code>${c}</code></pre>`;
const ibSection = (cls: string, h: string, inner: string): string =>
  `<section class="section ${cls}"><h2 class="sectiontitle tasklabel">${h}</h2>${inner}</section>`;
const ibHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${ibTitle} - IBM Documentation</title>
<meta name="description" content="${ibShort}">
<meta name="dcterms.date" content="2024-11-06"><meta name="dcterms.rights" content="© Copyright IBM Corporation 2018, 2024">
<meta name="ibmdocs.product" content="SS8LQM_3.2.x"><meta name="robots" content="index,follow">
<meta property="og:title" content="${ibTitle}"><meta property="og:site_name" content="IBM Documentation">
<link rel="canonical" href="https://www.ibm.com/docs/en/lodestar-qm/3.2.x?topic=queues-configuring-dead-letter-queue">
<link rel="stylesheet" href="https://1.www.s81c.example/common/carbon-for-ibm-dotcom/tag/v1/latest/plex.css">
<script src="https://1.www.s81c.example/common/stats/ibm-common.js" defer></script>
<script type="module" src="/docs/ui/assets/index-9c2e1f7a.js"></script></head>
<body class="ibmdocs"><div id="root">
<dds-masthead-container><header class="bx--masthead" aria-label="IBM"><a class="bx--skip-to-content" href="#main-content">Skip to main content</a>
<a class="bx--header__logo" href="https://www.ibm.com/" aria-label="IBM®"><svg aria-hidden="true"></svg></a>
<nav class="bx--header__nav" aria-label="Main"><ul>${links(ibMast, 'bx--header__menu-item')}</ul></nav>
<div class="bx--masthead__search"><input type="text" aria-label="Search all of IBM" placeholder="Search all of IBM"></div>
<button class="bx--header__action" aria-label="User profile"><span class="bx--assistive-text">Log in</span></button></header></dds-masthead-container>
<div class="ibmdocs-header"><div class="ibmdocs-header__brand"><a href="/docs/en">IBM Documentation</a></div>
<div class="ibmdocs-product-bar"><h2 class="ibmdocs-product-bar__name">Lodestar Queue Manager</h2>
<div class="ibmdocs-version"><button class="bx--dropdown__trigger" aria-haspopup="listbox">3.2.x</button>
<a class="ibmdocs-version__change" href="/docs/en/lodestar-qm">Change version</a></div>
<div class="ibmdocs-product-search"><input type="search" aria-label="Search in this product documentation" placeholder="Search in this product documentation">
</div></div></div>
<div class="ibmdocs-layout"><nav class="ibmdocs-toc" aria-label="Table of contents"><h2 class="ibmdocs-toc__title">Table of contents</h2>
<ul class="bx--tree">${ibToc
  .map(
    (t) => `<li class="bx--tree-node${t === ibTitle ? ' bx--tree-node--selected' : ''}"><a
href="#">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<main id="main-content" class="ibmdocs-main"><nav class="bx--breadcrumb" aria-label="Breadcrumb"><ol>
${ibCrumbs.map((t) => `<li class="bx--breadcrumb-item"><a class="bx--link" href="#">${t}</a></li>`).join('')}</ol></nav>
<div class="ibmdocs-topic-meta"><span class="ibmdocs-last-updated">Last Updated: 2024-11-06</span>
<button class="ibmdocs-share" aria-label="Share this topic">Share</button><button class="ibmdocs-pdf">PDF</button></div>
<div id="ibmdocs-content" class="ibmdocs-content"><article class="nested0" role="article" aria-labelledby="ariaid-title1" id="t_dlq_config">
<h1 class="title topictitle1" id="ariaid-title1">${ibTitle}</h1>
<div class="body taskbody"><p class="shortdesc">${ibShort}</p>
${ibSection('context', ibH1, ibP1.map((p) => `<p class="p">${p}</p>`).join('\n'))}
${ibSection(
  'steps-wrapper',
  ibH2,
  `<ol class="ol steps">
<li class="li step stepexpand">${ibSteps[0]}
${ibCode('DEFINE QLOCAL(FH.DLQ) MAXDEPTH(50000) MAXMSGL(4194304)')}</li>
<li class="li step stepexpand">${ibSteps[1]}
${ibCode('ALTER QMGR DEADQ(FH.DLQ)')}</li>
<li class="li step stepexpand">${ibSteps[2]}</li>
<li class="li step stepexpand">${ibSteps[3]}</li>
</ol>
<div class="note note note_note">${ibNote}</div>`,
)}
${ibSection('result', ibH3, `<p class="p">${ibP3[0]}</p>`)}
${ibSection('example', ibH4, `<p class="p">${ibP4[0]}</p>`)}
</div>
<nav role="navigation" class="related-links"><div class="familylinks"><div class="parentlink"><strong>Parent topic:</strong>
<a class="link" href="#">Managing queues</a></div></div>
<div class="linklist relinfo relref"><strong>${ibRelated[0]}</strong><br><ul class="linklist">
<li class="linklist"><a class="link" href="#">${ibRelated[1]}</a></li><li class="linklist"><a class="link" href="#">${ibRelated[2]}</a></li></ul></div></nav>
</article></div>
<div class="ibmdocs-feedback" role="group" aria-labelledby="feedback-q"><p id="feedback-q" class="ibmdocs-feedback__question">${ibFeedback[0]}</p>
<button class="bx--btn bx--btn--ghost" aria-label="Yes"><svg aria-hidden="true"></svg><span>${ibFeedback[1]}</span></button>
<button class="bx--btn bx--btn--ghost" aria-label="No"><svg aria-hidden="true"></svg><span>${ibFeedback[2]}</span></button>
<div class="ibmdocs-feedback__thanks" hidden>Thank you for your feedback.</div></div>
<nav class="ibmdocs-topic-nav" aria-label="Topic navigation"><a class="ibmdocs-topic-nav__prev" href="#"><span class="label">${ibPager[0]}</span>
<span class="title">${ibPager[1]}</span></a><a class="ibmdocs-topic-nav__next" href="#"><span class="label">${ibPager[2]}</span>
<span class="title">${ibPager[3]}</span></a></nav>
</main></div>
<dds-footer-container><footer class="bx--footer" aria-label="IBM footer"><div class="bx--footer__logo"><svg aria-hidden="true"></svg></div>
<ul class="bx--legal-nav">${links(ibFoot, 'bx--legal-nav__list-item')}</ul></footer></dds-footer-container>
</div>
<div id="truste-consent-track" class="truste-banner" role="alertdialog" aria-labelledby="truste-title"><h2 id="truste-title">About cookies on this site</h2>
<p id="truste-consent-text">${ibCookie}</p><div class="truste-buttons"><button id="truste-consent-button">Accept all</button>
<button id="truste-consent-required">Required only</button><button id="truste-show-consent">More options</button></div></div>
</body></html>`;
const ibmTopic: TestPage = {
  html: ibHtml,
  name: 'heldout99-ibm-docs-task-topic',
  kind: 'docs',
  // the DITA short description is body; the task section labels are the headings; each step (command plus info paragraph)
  // is one body item and the Note is body with its label; the related links ("Parent topic:", "Related reference"), the
  // feedback box and the previous/next topic links are furniture; the toc entry for this topic repeats the title and is
  // left out
  title: ibTitle,
  headings: [ibH1, ibH2, ibH3, ibH4],
  body: texts([ibShort, ...ibP1, ...ibSteps, ibNote, ...ibP3, ...ibP4]),
  bylines: ['Last Updated: 2024-11-06'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', ...ibMast, 'Log in', 'IBM Documentation', 'Lodestar Queue Manager', '3.2.x', 'Change version', 'Table of contents',
    ...ibToc.filter((t) => t !== ibTitle), ...ibCrumbs, 'Share', 'PDF', 'Parent topic:', ...ibRelated, ...ibFeedback,
    'Thank you for your feedback.', ...ibPager, ...ibFoot, 'About cookies on this site', ibCookie, 'Accept all', 'Required only', 'More options',
    ]),
  ],
};

export const HELDOUT99_F: readonly TestPage[] = [ibmTopic, cloudflareDocs];
