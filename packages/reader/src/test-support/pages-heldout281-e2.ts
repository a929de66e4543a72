import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file e2: a Municode-style municipal code section, built with AngularJS markup (ng- attributes,
 * custom elements, the code's table-of-contents tree, the version picker, the chunk toolbar, the history note, the
 * "Share link" and print tools, the help widget, footer).
 */
const mTitle = 'Sec. 14-52. - Keeping of backyard hens.';
const mBody = [
  j(
    '(a) <em>Purpose.</em> The purpose of this section is to allow residents of single-family dwellings to keep a small number',
    'of hens for eggs and as pets, while protecting neighbors from noise, odor and pests.',
  ),
  '(b) <em>Number.</em> No more than six hens may be kept on a lot of less than one acre. Roosters are prohibited in all residential districts.',
  j(
    '(c) <em>Coops and runs.</em> Hens shall be kept in a covered coop and an enclosed run at all times, except when in a fenced',
    'rear yard under supervision. The coop and run shall be:',
  ),
  '(1) Located in the rear yard only;',
  '(2) Set back at least ten feet from every property line and at least 25 feet from any dwelling on an adjoining lot;',
  '(3) Built to exclude rodents and predators, with a floor or buried wire mesh; and',
  '(4) No more than eight feet in height and 120 square feet in combined area.',
  j(
    '(d) <em>Sanitation.</em> Coops and runs shall be cleaned often enough that no odor is detectable at the property line. Feed',
    'shall be stored in closed, rodent-proof containers. Manure may be composted on site if the compost bin is at least 20 feet from any dwelling.',
  ),
  j(
    '(e) <em>Registration.</em> A resident who keeps hens shall register with the animal services division on a form provided by',
    'the city. Registration is free and remains valid until the resident stops keeping hens or moves.',
  ),
  j('(f) <em>Slaughter.</em> Hens shall not be slaughtered on the premises except by a licensed veterinarian for reasons of', 'animal welfare.'),
  j(
    '(g) <em>Enforcement.</em> A violation of this section is a civil infraction. Each day a violation continues after notice is',
    'a separate infraction. The code enforcement officer may also revoke a registration after three infractions in any twelve months.',
  ),
  j(
    '(h) <em>Existing flocks.</em> A resident who kept hens lawfully before June 11, 2019, may continue to keep them under the',
    'conditions of this section, but may not replace them beyond the number allowed by subsection (b).',
  ),
];
const mToc = [
  'Chapter 14 - ANIMALS',
  'ARTICLE I. - IN GENERAL',
  'ARTICLE II. - DOMESTIC FOWL AND LIVESTOCK',
  'Sec. 14-51. - Definitions.',
  'Sec. 14-53. - Beekeeping.',
];
const mTools = ['Print', 'Download (Docx)', 'Email', 'Compare', 'Share link', 'Show changes'];
const mFoot = ['Products', 'Support', 'About Us', 'Terms of Use', 'Privacy Policy', 'Accessibility'];
const mHtml = `<!DOCTYPE html><html lang="en" ng-app="mcc.library_desktop" ng-strict-di><head><meta charset="utf-8">
<title>Sec. 14-52. - Keeping of backyard hens. | Code of Ordinances | Marrowby, OR | Municode Library</title>
<base href="/"><script>window.mcc = { clientId: 14122, productId: 16605, nodeId: 'CH14AN_ARTIIDOFOLI_S14-52KEBAHE' };</script></head>
<body ng-controller="AppCtrl as app" class="ng-scope"><mcc-header class="ng-isolate-scope"><nav class="navbar navbar-default">
<a class="navbar-brand" href="/">Municode Library</a><ul class="nav navbar-nav"><li><a href="/">Browse</a></li><li><a href="/search">Search</a></li>
<li><a href="/help">Help</a></li><li><a href="/signin" ng-click="app.signIn()">Sign In</a></li></ul></nav></mcc-header>
<div class="container-fluid" ng-if="app.ready"><div class="row"><div class="col-sm-12"><ol class="breadcrumb ng-scope">
<li ng-repeat="crumb in vm.crumbs"><a href="/or/marrowby">Marrowby, OR</a></li><li ng-repeat="crumb in vm.crumbs"><a href="/or/marrowby/codes">Code of
Ordinances</a></li></ol></div></div>
<div class="row"><mcc-codes-toc class="col-sm-3 toc-wrapper ng-isolate-scope"><div class="toc-header"><span>Table of Contents</span>
<select ng-model="vm.version"><option selected>Feb 2, 2026 (Current)</option><option>Aug 19, 2025</option></select></div>
<ul class="codes-toc-list" ui-tree>${links(mToc, 'toc-item ng-scope')}</ul></mcc-codes-toc>
<mcc-codes-content class="col-sm-9 ng-isolate-scope"><div class="chunk-toolbar btn-group" role="toolbar">${mTools
  .map((t) => `<button class="btn btn-default" ng-click="vm.tool('${t}')">${t}</button>`)
  .join('')}</div>
<div class="codes-content" id="codesContent"><ul class="chunks list-unstyled"><li class="chunk ng-scope" ng-repeat="chunk in vm.chunks">
<div class="chunk-title-wrapper"><h1 class="chunk-title" data-nodeid="CH14AN_ARTIIDOFOLI_S14-52KEBAHE">${mTitle}</h1></div>
<div class="chunk-content" ng-bind-html="chunk.Content">
${mBody.map((t) => `<p class="${t.startsWith('(') && /^\(\d/.test(t) ? 'incr1' : 'incr0'}">${t}</p>`).join('\n')}
<p class="historynote0">(Ord. No. 2019-44, § 2, 6-11-2019; Ord. No. 2023-08, § 1, 3-14-2023)</p></div></li></ul></div>
<div class="supp-info ng-scope"><p>Supplement 18 — Online content updated on February 2, 2026</p></div></mcc-codes-content></div></div>
<mcc-help-widget class="ng-isolate-scope"><button class="help-widget">Need help? Chat with us</button></mcc-help-widget>
<footer class="mcc-footer"><ul>${links(mFoot)}</ul><p>© 2026 Municode.example, a Civicmark company. All rights reserved.</p></footer>
<script src="/js/vendor/angular.min.js"></script><script src="/js/app.bundle.js"></script></body></html>`;
export const municode: TestPage = {
  name: 'heldout281-municode-code-section-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mBody),
  bylines: ['Supplement 18 — Online content updated on February 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Municode Library', 'Browse', 'Search', 'Help', 'Sign In', 'Marrowby, OR', 'Code of Ordinances', 'Table of Contents', 'Feb 2, 2026 (Current)',
    'Aug 19, 2025', ...mToc, ...mTools, '(Ord. No. 2019-44, § 2, 6-11-2019; Ord. No. 2023-08, § 1, 3-14-2023)', 'Need help? Chat with us', ...mFoot,
    '© 2026 Municode.example, a Civicmark company. All rights reserved.',
  ],
};
