import { links, type TestPage, texts } from './page-kit.js';
import { universityIt } from './pages-heldout86-f2.js';

/**
 * Held-out batch 86, file f: a legal encyclopedia entry on a Cornell LII-style site (Drupal with Bootstrap: skip link, the
 * top bar with logo and the "Get the law" / "Lawyer directory" / "Legal encyclopedia" / "Help out" menus and their hidden
 * submenus, the donation banner, breadcrumbs, the definition text with an h2 per topic, the bracketed "Last updated" line,
 * the Wex toolbox and ad slot in the right rail, the topic keywords and the bulletin sign-up, and the footer) and, from
 * file f2, a university IT knowledge-base article on TeamDynamix.
 */
const lgTitle = 'adverse possession';
const lgIntro = [
  '<strong>Adverse possession</strong> is a doctrine of <a href="/wex/property">property</a> law under which a person who occupies ' +
    'someone else’s land for a set period, without permission and in a way that meets certain conditions, can acquire ' +
    '<a href="/wex/title">title</a> to it. The period is set by statute and varies by state, commonly from five to twenty years.',
  'The doctrine rewards the productive use of land and gives legal effect to long-settled boundaries. It also encourages owners ' +
    'to keep an eye on their property, since an owner who does nothing for the whole statutory period loses the right to bring an ' +
    'action to recover possession.',
];
const lgH = ['Elements', 'Tacking', 'Color of title and payment of taxes', 'Government land'];
const lgEl = ['Although the wording differs between jurisdictions, courts generally require the possession to be:'];
const lgElList = [
  '<em>Actual</em>: the claimant must physically use the land as an owner would, for example by farming it, fencing it, or ' + 'building on it.',
  '<em>Open and notorious</em>: the use must be visible enough that a reasonably attentive owner would notice it.',
  '<em>Exclusive</em>: the claimant must not share possession with the owner or with the public.',
  '<em>Hostile</em>: the possession must be without the owner’s permission. Most states look only at whether permission was ' +
    'given, not at what the claimant believed.',
  '<em>Continuous</em>: the possession must last for the whole statutory period without significant breaks, although seasonal ' +
    'use may be enough for land that is normally used only in certain seasons.',
];
const lgEl2 = [
  'The claimant bears the <a href="/wex/burden_of_proof">burden of proof</a> on each element, in many states by ' +
    '<a href="/wex/clear_and_convincing_evidence">clear and convincing evidence</a>.',
];
const lgTack = [
  'A claimant may add together successive periods of possession by different people if there is <a href="/wex/privity">privity</a> ' +
    'between them, such as when one possessor sells or leaves the property to the next. A gap between the periods, or an ' +
    'abandonment by one possessor before the next arrives, breaks the chain.',
];
const lgColor = [
  'Some states shorten the statutory period when the claimant holds <a href="/wex/color_of_title">color of title</a>, meaning a ' +
    'deed or other document that appears to give title but is defective. Others require the claimant to have paid the property ' +
    'taxes on the land during the period. In those states, a claimant who has occupied land for decades but never paid the taxes ' +
    'cannot succeed.',
  'In <em>Marrow v. Castellan</em> (2019), for example, a state appellate court held that a fence built eleven feet over the ' +
    'boundary did not pass title to the strip behind it, because the neighbor had paid no taxes on the strip.',
];
const lgGov = [
  'In most jurisdictions, title to land held by federal, state, or local governments cannot be acquired by adverse possession. ' +
    'Some states make an exception for land that a government holds in a proprietary rather than a public capacity.',
];
const lgMenu: [string, string[]][] = [
  ['Get the law', ['Constitution', 'Supreme Court', 'U.S. Code', 'CFR', 'Federal Rules', 'State law', 'Uniform laws']],
  ['Lawyer directory', ['Find a lawyer', 'Legal help']],
  ['Legal encyclopedia', ['Wex', 'Wex topics']],
  ['Help out', ['Donate', 'Volunteer', 'Sponsorships']],
];
const lgDonate = ['No ads in the text. No paywall. Just free legal information.', 'Make a donation'];
const lgCrumbs = ['OLI', 'Wex'];
const lgTools = ['Wex Toolbox', 'Legal dictionary', 'Legal encyclopedia index', 'Wex: Property law', 'Wex: Civil procedure'];
const lgKeywords = ['wex definitions', 'property &amp; real estate', 'real property', 'land use'];
const lgBulletin = ['Get the latest OLI Supreme Court Bulletin', 'Email address', 'Subscribe'];
const lgFoot = ['Accessibility', 'About OLI', 'Contact us', 'Advertise here', 'Help', 'Terms of use', 'Privacy'];
const lgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const lgMenuItem = ([h, items]: [string, string[]]): string => `<li class="nav-item dropdown"><a href="/${h.length}" class="nav-link dropdown-toggle"
data-toggle="dropdown" aria-expanded="false">${h}</a><div class="dropdown-menu" hidden><ul>${links(items, 'dropdown-item')}</ul></div></li>`;
const lgHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${lgTitle} | Wex | US Law | OLI / Open Law Institute</title><meta name="description" content="Adverse possession is a doctrine of property law.">
<link rel="canonical" href="https://www.openlaw.halvorsen.example/wex/adverse_possession"><meta property="og:site_name" content="OLI / Open Law Institute">
<meta property="og:type" content="article"><meta property="og:title" content="${lgTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"adverse possession",
"publisher":{"@type":"Organization","name":"Open Law Institute"},"dateModified":"2025-10-01"}]}</script>
<script>window.googletag = window.googletag || {cmd: []};</script><script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wn7e1QfP.css"></head>
<body class="path-node page-node-type-wex-definition"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header id="header" role="banner"><nav class="navbar navbar-expand-lg" id="navbar-main">
<a href="/" title="Home" rel="home" class="navbar-brand"><img src="/themes/custom/oli/logo.svg" alt="OLI"><span class="site-name">Open Law Institute</span></a>
<button class="navbar-toggler" type="button" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<ul class="navbar-nav">${lgMenu.map(lgMenuItem).join('\n')}</ul><form class="form-inline search-block-form" action="/search/site" role="search"><input
type="search" name="keys" class="form-control" placeholder="Search" aria-label="Search"><button class="btn" type="submit">Search</button></form></nav>
<div class="donate-banner alert alert-dismissible" role="alert"><p>${lgDonate[0]}</p><a class="btn btn-primary" href="/donate">${lgDonate[1]}</a><button
type="button" class="close" aria-label="Close"><span aria-hidden="true">×</span></button></div></header>
<div role="main" class="main-container container js-quickedit-main-content"><div class="row"><section class="col-sm-9"><a id="main-content" tabindex="-1"></a>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">${lgCrumbs[0]}</a></li><li class="breadcrumb-item"><a href="/wex">${lgCrumbs[1]}</a></li>
<li class="breadcrumb-item active">${lgTitle}</li></ol>
<h1 id="page-title" class="title">${lgTitle}</h1>
<article role="article" class="wex-definition is-promoted full clearfix"><div class="content"><div class="field field--name-body field--type-text-with-summary
field--label-hidden field--item">
${lgPs(lgIntro)}
<h2>${lgH[0]}</h2>
${lgPs(lgEl)}
<ul>${lgElList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${lgPs(lgEl2)}
<h2>${lgH[1]}</h2>
${lgPs(lgTack)}
<h2>${lgH[2]}</h2>
${lgPs(lgColor)}
<h2>${lgH[3]}</h2>
${lgPs(lgGov)}
<p>[Last updated in October of 2025 by the Wex Definitions Team]</p>
</div></div>
<div class="field field--name-field-keywords field--type-entity-reference"><div class="field--label">Keywords</div><ul class="field--items">
${links(
  lgKeywords.map((t) => t.replace('&amp;', '&')),
  'field--item',
)}</ul></div></article>
<section class="bulletin-signup block"><h2 class="block-title">${lgBulletin[0]}</h2><form action="https://list.halvorsen.example/subscribe" method="post"><label
for="bulletin-email">${lgBulletin[1]}</label><input id="bulletin-email" type="email" name="email"><button type="submit" class="btn">${lgBulletin[2]}</button>
</form></section></section>
<aside class="col-sm-3" role="complementary"><section class="block wex-toolbox"><h2 class="block-title">${lgTools[0]}</h2><ul>${links(lgTools.slice(1))}</ul>
</section><section class="block block-ad"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-oli-rail" style="min-height:250px"></div></section>
<section class="block lawyer-directory"><h2 class="block-title">Find a lawyer near you</h2><form><label for="ld-issue">Legal issue</label><input
id="ld-issue" type="text"><label for="ld-location">Location</label><input id="ld-location" type="text"><button class="btn" type="submit">Find</button></form>
</section></aside></div></div>
<footer class="footer container" role="contentinfo"><ul class="footer-menu">${links(lgFoot, 'nav-item')}</ul><div class="footer-logo"><img
src="/themes/custom/oli/halvorsen-logo.svg" alt="Halvorsen Law School"></div></footer></div>
<script src="/sites/default/files/js/js_b8a4P3.js"></script></body></html>`;

const legal: TestPage = {
  name: 'heldout86-open-law-institute-wex-docs',
  kind: 'docs',
  // the bracketed "Last updated" line at the end of the body field is a byline; keywords, toolbox, bulletin sign-up,
  // lawyer-directory form and ad label are furniture; the last breadcrumb repeats the title and is left out
  html: lgHtml,
  title: lgTitle,
  headings: lgH,
  body: texts([...lgIntro, ...lgEl, ...lgElList, ...lgEl2, ...lgTack, ...lgColor, ...lgGov]),
  bylines: ['[Last updated in October of 2025 by the Wex Definitions Team]'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', 'Open Law Institute', ...lgMenu.flatMap(([h, items]) => [h, ...items]), 'Search', ...lgDonate, '×', ...lgCrumbs,
      'Keywords', ...lgKeywords.map((t) => t.replace('&amp;', '&')), ...lgBulletin, ...lgTools, 'Advertisement', 'Find a lawyer near you',
      'Legal issue', 'Location', 'Find', ...lgFoot,
    ]),
  ],
};

export const HELDOUT86_F: readonly TestPage[] = [legal, universityIt];
