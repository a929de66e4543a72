import { links, type TestPage, texts } from './page-kit.js';
import { type KMsg, kMsg } from './pages-heldout170-d3.js';

/**
 * Held-out batch 170, file d2: a Dell Community thread (Khoros under the dell.com masthead: the store nav, "Sign In", the
 * community sub-nav with "Ask Question", the breadcrumb, the topic with replies, ranks such as "1 Copper" and "Moderator",
 * dates, "Re:" subject headings, kudos, "Reply", an accepted solution, the "Top Contributors" and "Related Articles" rails,
 * the "Dell Technologies" footer with its link columns and the consent banner).
 */
const board = 'XPS';
const title = 'XPS fan runs at full speed after BIOS update, even at idle';
const msgs: KMsg[] = [
  {
    id: 8841022,
    user: 'jonas.ekberg',
    rank: '1 Copper',
    date: '09-22-2025',
    time: '02:47 PM',
    kudos: '0',
    subject: title,
    paras: [
      `Since installing the latest BIOS through SupportAssist last week, the fans on my laptop spin at what sounds like full speed from
the moment it boots. Temperatures in the hardware monitor sit around 45 degrees at idle, so it is not actually hot.`,
      `I have tried a full shutdown, draining the battery and resetting the BIOS to defaults. Nothing changed. Is there a known issue with
this BIOS version, and can I roll back?`,
    ],
  },
  {
    id: 8841230,
    user: 'DELL-Teodora V',
    rank: 'Moderator',
    date: '09-23-2025',
    time: '08:15 AM',
    kudos: '4',
    subject: `Re: ${title}`,
    accepted: true,
    paras: [
      `Hi Jonas, thank you for the detail. After a BIOS update the embedded controller sometimes keeps the thermal table from the old
version until it is reset on its own. Please try this: shut the system down, unplug the charger, then hold the power button for
thirty seconds. Plug in the charger and start it normally.`,
      `If the fans still run at full speed, open the BIOS setup, go to Performance and set the thermal mode to Balanced, even if it
already shows Balanced, then save and exit. This writes the table again. Rolling back is possible, but please try these first.`,
    ],
  },
  {
    id: 8841511,
    user: 'jonas.ekberg',
    rank: '1 Copper',
    date: '09-23-2025',
    time: '06:02 PM',
    kudos: '1',
    subject: `Re: ${title}`,
    paras: [
      `For the record, the system is a little over a year old, on battery and on the
charger the behaviour was the same, and the fans stayed loud even in the BIOS setup screen, which I suppose points away from the
operating system.`,
      `The thirty-second reset alone did not help, but setting the thermal mode again in the BIOS did. The fans now idle quietly and ramp
up under load as they used to. Thank you, Teodora.`,
    ],
  },
  {
    id: 8841673,
    user: 'wrenfield',
    rank: '3 Argentium',
    date: '09-24-2025',
    time: '10:30 AM',
    kudos: '2',
    subject: `Re: ${title}`,
    paras: [
      `I had already rolled back before I found this thread, which brought the quiet
fans back but also removed a security fix, so I reinstalled the new version and applied the thermal mode step instead.`,
      `Same fix worked on my machine, which had the same symptom after the same update. It seems worth adding to the release notes,
because the first thing most people will try is rolling back.`,
    ],
    edited: 'Edited by wrenfield on 09-24-2025 10:34 AM',
  },
];
const store = ['Products', 'Solutions', 'Services', 'Support', 'Deals', 'Find a Store'];
const sub = ['Community Home', 'Forums', 'Blogs', 'Events', 'Ask Question'];
const crumbs = ['Community', 'Laptops', 'XPS'];
const contributors = ['Aleksander M.', 'sunbird_tech', 'Chidi Okonjo'];
const related = ['How to reset the embedded controller on a Dell laptop', 'Updating the BIOS on Dell computers', 'Fan noise troubleshooting guide'];
const footCols = [
  'About Dell Technologies',
  'Careers',
  'Newsroom',
  'Investors',
  'Contact Us',
  'Accessibility',
  'Legal & Regulatory',
  'Privacy Statement',
  'Cookies, Ads & Emails',
  'Terms of Sale',
  'Site Map',
];
const consent = 'Dell Technologies and its partners use cookies to improve your experience, measure site performance and tailor advertising.';
const html = `<!DOCTYPE html>
<html lang="en-us" dir="ltr" class="lia-js-enabled"><head><meta charset="UTF-8"><title>${title} | DELL Technologies</title>
<meta name="description" content="Since installing the latest BIOS through SupportAssist last week, the fans on my laptop spin at what sounds like full speed.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Dell Community"><link rel="canonical"
href="https://www.dell.com/community/en/conversations/xps/xps-fan-runs-at-full-speed-after-bios-update/8841022"><link rel="stylesheet"
href="/skins/dell/responsive_peak/desktop.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}","author":{"@type":"Person",
"name":"jonas.ekberg"},
"datePublished":"2025-09-22T14:47:00-05:00","commentCount":3}</script><script src="https://www.dell.com/cdn/assets/masthead/mh-bundle.js" defer></script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="mh-unified-masthead" class="mh-top"><a class="mh-logo"
href="https://www.dell.com/en-us"
aria-label="Dell Technologies home"><svg class="mh-logo-svg" viewBox="0 0 100 30"></svg></a><nav class="mh-nav" aria-label="Main"><ul>${links(
  store,
  'mh-nav-item',
)}</ul></nav>
<div class="mh-utilities"><button class="mh-signin-btn"><span class="mh-label">Sign In</span></button><a class="mh-contact" href="/contact">Contact Us</a><a
class="mh-cart"
href="/cart"><span class="mh-label">Cart</span></a></div></div><div id="ForumTopicPage" class="lia-page"><div class="lia-content"><div
class="dell-community-subnav"><ul>
${links(sub, 'subnav-item')}</ul></div><ul class="lia-list-standard-inline BreadCrumb crumb-line lia-breadcrumb" aria-label="breadcrumbs">${crumbs
  .map(
    (c) => `<li
class="lia-breadcrumb-node crumb"><a class="lia-link-navigation" href="/community/${c.toLowerCase()}">${c}</a></li>`,
  )
  .join('')}</ul><div class="lia-quilt-row lia-quilt-row-main">
<div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left"><div class="lia-quilt-column-alley lia-quilt-column-alley-left"><div
class="lia-message-subject-wrapper">
<h1 class="lia-message-subject-banner">${title}</h1><div class="lia-thread-solved-link"><a class="lia-link-navigation lia-accepted-solution-link"
href="#M8841230">Solved! Go to Solution.</a></div></div><div class="linear-message-list message-list">${msgs
  .map((m, i) => kMsg(board, m, i === 0))
  .join('\n')}</div>
<div class="lia-menu-bar lia-menu-bar-bottom"><a class="lia-link-navigation all-topics" href="/community/xps">All forum topics</a><a
class="lia-link-navigation previous-topic"
href="#">Previous Topic</a><a class="lia-link-navigation next-topic" href="#">Next Topic</a></div></div></div><aside class="lia-quilt-column lia-quilt-column-08
lia-quilt-column-right"><div class="lia-quilt-column-alley lia-quilt-column-alley-right"><div class="lia-panel lia-panel-standard TopKudoedAuthors"><div
class="lia-panel-heading-bar-wrapper"><h2 class="lia-panel-heading-bar-title">Top Contributors</h2></div><ol class="lia-list-standard">${links(
  contributors,
  'UserName',
)}</ol></div>
<div class="lia-panel lia-panel-standard RelatedArticles"><div class="lia-panel-heading-bar-wrapper"><h2 class="lia-panel-heading-bar-title">Related
Articles</h2></div>
<ul class="lia-list-standard">${links(related, 'related-article')}</ul></div></div></aside></div></div></div><footer id="mh-unified-footer"
class="mh-footer"><div
class="mh-footer-links"><ul>${links(footCols)}</ul></div><div class="mh-footer-copyright">© 2025 Dell</div></footer>
<div id="truste-consent-track" role="dialog"
aria-label="Cookie consent"><div id="truste-consent-content"><span id="truste-consent-text">${consent}</span><div id="truste-consent-buttons"><button
id="truste-consent-button" class="truste-button1">Agree and Close</button><button id="truste-show-consent" class="truste-button2">Manage
Preferences</button></div></div></div>
<script src="/t5/scripts/DELL7C/lia-scripts-common-min.js"></script></body></html>`;
export const dellCommunity: TestPage = {
  html,
  name: 'heldout170-dell-community-khoros-forum',
  kind: 'forum',
  title,
  headings: [],
  body: texts(msgs.flatMap((m) => m.paras)),
  bylines: [
    'jonas.ekberg',
    'DELL-Teodora V',
    'wrenfield',
    '09-22-2025',
    '09-23-2025',
    '09-24-2025',
    '02:47 PM',
    '08:15 AM',
    '06:02 PM',
    '10:30 AM',
    'Edited by wrenfield on 09-24-2025 10:34 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...store, 'Sign In', 'Contact Us', 'Cart', ...sub, ...crumbs, 'Solved! Go to Solution.', '1 Copper', 'Moderator', '3 Argentium', `Re: ${title}`,
'Accepted Solution',
    '0', '4', '1', '2', 'Kudos', 'Mark as Solution', 'Reply', 'Permalink', 'Print', 'Report Inappropriate Content', 'All forum topics', 'Previous Topic',
'Next Topic',
    'Top Contributors', ...contributors, 'Related Articles', ...related, ...footCols, '© 2025 Dell', consent, 'Agree and Close', 'Manage Preferences',
  ],
};
