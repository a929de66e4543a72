import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file f2: a Grafana documentation page (grafana.com/docs) as saved (the Grafana Labs mega-header with
 * "Contact us", "Sign in" and "Create free account", the docs sidebar with search and version picker, breadcrumbs, the
 * product badges under the title, a "Note" admonition, the "Was this page helpful?" widget with its edit/issue/email links,
 * "Help and support", the "Related resources from Grafana Labs" rail with cards, the "On this page" rail, the cookie banner
 * and the footer).
 */
const gfTitle = 'Configure alert rule pause windows';
const gfIntro = [
  'A pause window stops an alert rule from evaluating during a period you choose, such as a weekly maintenance slot or a ' +
    'planned database migration. Unlike a silence, which still evaluates the rule and only holds back notifications, a ' +
    'paused rule produces no alert instances at all, so dashboards and the alert history stay free of noise from expected work.',
  'Pause windows are defined once and can be shared by many alert rules in the same folder.',
];
const gfH1 = 'Before you begin';
const gfBefore = [
  'You need the Editor role, or a custom role with the alert.rules:write permission, in the folder that holds the alert rules.',
  'Pause windows are available for Grafana-managed alert rules only. Data source-managed rules are not affected.',
];
const gfH2 = 'Create a pause window';
const gfSteps = [
  'In the main menu, click <strong>Alerts &amp; IRM</strong>, then <strong>Alerting</strong>, then <strong>Pause windows</strong>.',
  'Click <strong>+ New pause window</strong>.',
  'Enter a name and choose the folder the window belongs to.',
  'Set the schedule. You can use a one-off start and end time, or a recurring schedule with days of the week and a time range.',
  'Choose a time zone. If you leave it empty, the browser time zone is used.',
  'Click <strong>Save pause window</strong>.',
];
const gfH3 = 'Attach a pause window to alert rules';
const gfP3 = [
  'Open an alert rule for editing and scroll to <strong>Configure evaluation behavior</strong>. In the <strong>Pause ' +
    'windows</strong> field, select one or more windows. When several windows overlap, the rule stays paused until the last ' +
    'of them ends.',
  'You can also attach a window to many rules at once from the alert rule list: select the rules, click <strong>More</strong>, ' +
    'and choose <strong>Add pause window</strong>.',
];
const gfNote =
  'When a pause window ends, the rule is evaluated straight away instead of waiting for its next scheduled evaluation. ' +
  'Alerts that were firing before the window started keep their original start time.';
const gfH4 = 'Provision pause windows';
const gfP4 = [
  'Pause windows can be provisioned with the same file and API methods as other alerting resources. In provisioning files, ' +
    'they are listed under <code>pauseWindows</code> and referenced from rules by their UID. Provisioned windows cannot be ' +
    'edited in the user interface unless you allow edits in the provisioning file.',
];
const gfNav = ['Products', 'Open Source', 'Solutions', 'Learn', 'Docs', 'Pricing'];
const gfSide = ['Introduction', 'Set up', 'Alert rules', 'Notifications', 'Monitor status', 'Best practices', 'Manage your alert rules'];
const gfCrumbs = ['Documentation', 'Grafana documentation', 'Alerting', 'Alert rules'];
const gfBadges = ['Grafana Cloud', 'Enterprise', 'Open source'];
const gfFeedback = ['Was this page helpful?', 'Suggest an edit in GitHub', 'Create a GitHub issue', 'Email docs@grafana.com'];
const gfHelp = ['Help and support', 'Community', 'Grafana Labs Community Forums'];
const gfRelated: [string, string][] = [
  ['Video', 'Getting started with Grafana Alerting'],
  ['Webinar', 'Reduce alert noise without missing incidents'],
  ['Blog', 'How to plan maintenance windows across teams'],
];
const gfFootCols: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Partnerships', 'Press']],
  ['Legal', ['Legal and Security', 'Terms of Service', 'Privacy Policy', 'Trademark Policy']],
];
const gfCookie =
  'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. You can ' +
  'change your cookie preferences at any time.';
const gfCopy = 'Copyright 2025 © Grafana Labs';
const gfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gfTitle} | Grafana documentation</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Stop alert rules from evaluating during maintenance.">
<meta property="og:title" content="${gfTitle} | Grafana documentation"><meta property="og:site_name" content="Grafana Labs">
<link rel="canonical" href="https://grafana.com/docs/grafana/latest/alerting/alerting-rules/pause-windows/">
<link rel="stylesheet" href="/static/assets/css/docs.min.3e2a.css"><script src="/static/assets/js/cookie-consent.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${gfTitle}","dateModified":"2025-10-22"}</script>
</head><body class="docs"><a class="skip-link" href="#main">Skip to main content</a>
<header class="mega-menu" role="banner"><a class="mega-menu__logo" href="/" aria-label="Grafana Labs"></a><ul class="mega-menu__nav">${links(gfNav)}</ul>
<div class="mega-menu__actions"><a href="/contact/">Contact us</a><a href="https://grafana.com/auth/sign-in/">Sign in</a>
<a class="btn btn--primary" href="https://grafana.com/auth/sign-up/create-user">Create free account</a></div></header>
<div class="docs-layout"><aside class="sidebar" aria-label="Documentation navigation"><form class="sidebar__search" role="search">
<input type="search" aria-label="Search docs"></form><button class="version-select">Grafana v12.2 (latest)</button>
<ul>${links(gfSide, 'sidebar__item')}</ul></aside>
<main id="main" class="docs-content"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
${gfCrumbs.map((t, i) => `<li><a href="/docs/${i}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="docs-content__header"><h1>${gfTitle}</h1><div class="products-badges">
${gfBadges.map((b) => `<span class="products-badges__item">${b}</span>`).join(' ')}</div></div>
<div class="docs-content__body">
${gfIntro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="before-you-begin">${gfH1}</h2>
<ul>${gfBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="create-a-pause-window">${gfH2}</h2>
<ol>${gfSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 id="attach-a-pause-window-to-alert-rules">${gfH3}</h2>
${gfP3.map((t) => `<p>${t}</p>`).join('\n')}
<div class="admonition admonition-note"><blockquote><p class="title text-uppercase">Note</p><p>${gfNote}</p></blockquote></div>
<h2 id="provision-pause-windows">${gfH4}</h2>
<p>${gfP4[0]}</p>
</div>
<div class="docs-feedback"><p class="docs-feedback__q">${gfFeedback[0]}</p><button>Yes</button><button>No</button>
<p class="docs-feedback__thanks" hidden>Thank you for your feedback!</p><ul class="docs-feedback__links">
<li><a href="https://github.com/grafana/grafana/edit/main/docs/sources/alerting/pause-windows.md">${gfFeedback[1]}</a></li>
<li><a href="https://github.com/grafana/grafana/issues/new">${gfFeedback[2]}</a></li><li><a href="mailto:docs@grafana.com">${gfFeedback[3]}</a></li>
</ul></div>
<section class="docs-help"><h3>${gfHelp[0]}</h3><h4>${gfHelp[1]}</h4><p><a href="https://community.grafana.com/">${gfHelp[2]}</a></p></section></main>
<aside class="docs-rail"><div class="toc"><p class="toc__title">On this page</p><ul>${[gfH1, gfH2, gfH3, gfH4]
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div>
<div class="related"><h3 class="related__title">Related resources from Grafana Labs</h3><p>Additional helpful documentation, links, and articles:</p>
${gfRelated
  .map(
    ([k, t]) => `<a class="related__card" href="/${k.toLowerCase()}/"><span class="related__kind">${k}</span>
<span class="related__name">${t}</span></a>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer" role="contentinfo"><div class="site-footer__cols">
${gfFootCols.map(([h, l]) => `<div><h4>${h}</h4><ul>${links(l)}</ul></div>`).join('\n')}</div><p class="site-footer__copy">${gfCopy}</p></footer>
<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>${gfCookie}</p><button>Accept all cookies</button>
<button>Reject all</button><button>Cookie settings</button></div>
<script src="/static/assets/js/docs.min.9a1b.js" defer></script></body></html>`;
export const grafanaPage: TestPage = {
  html: gfHtml,
  name: 'heldout156-grafana-docs',
  kind: 'docs',
  // the product badges and the admonition title "Note" are furniture, the admonition text body; "Alerting" (a crumb) is a
  // word of a short step and "Alert rules" (sidebar and crumb) two words of a
  // heading, both left out; the feedback, help and related-resources blocks are furniture
  title: gfTitle,
  headings: [gfH1, gfH2, gfH3, gfH4],
  body: texts([...gfIntro, ...gfBefore, ...gfSteps, ...gfP3, gfNote, ...gfP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...gfNav, 'Contact us', 'Sign in', 'Create free account', 'Grafana v12.2 (latest)', ...gfSide.filter((t) => t !== 'Alert rules'),
    'Documentation', 'Grafana documentation', ...gfBadges, 'Note', ...gfFeedback, 'Yes', 'No', 'Thank you for your feedback!', ...gfHelp,
    'On this page', 'Related resources from Grafana Labs', 'Additional helpful documentation, links, and articles:', ...gfRelated.flat(),
    ...gfFootCols.flatMap(([h, l]) => [h, ...l]), gfCopy, gfCookie, 'Accept all cookies', 'Reject all', 'Cookie settings',
  ],
};
