import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';
import { charityUpdate } from './pages-heldout220-f2.js';

/**
 * Held-out batch 220, file f: a Quaker meeting's page about its practice on a WordPress block theme (Twenty Twenty-Four
 * template parts: the header with the site title and navigation with its hidden overlay, the page title, a cover block, a
 * quoted "Advices and queries" passage, a details/summary FAQ whose questions are h3s inside the summaries, a "Visit us"
 * columns block with meeting times and an embedded map notice, and the footer) and, from file f2, an interfaith charity's
 * update on Webflow.
 */
const qkTitle = 'Our Meeting for Worship';
const qkP1 = [
  'Quaker worship is based on silence. We meet together without a minister, a set liturgy, hymns or a sermon, and we wait in stillness ' +
    'for what some of us call the leadings of the Spirit and others describe simply as what is most true.',
  'Sometimes the silence lasts the whole hour. Sometimes someone feels moved to stand and speak, which we call ministry, and then ' +
    'the silence returns. Anyone may speak, and nobody is expected to.',
];
const qkH1 = 'What happens on a Sunday';
const qkP2 = [
  'Meeting for worship begins at 10:30 am, when the first person sits down. Chairs are arranged in a circle around a small table ' +
    'with a few books on it, usually a Bible and a copy of Quaker Faith and Practice.',
  'At about 11:30 am two Friends who have been asked to close the meeting shake hands, and everyone shakes hands with their ' +
    'neighbours. After notices we have tea and coffee in the library, and newcomers are warmly invited to stay.',
];
const qkQuote =
  'Come regularly to meeting for worship even when you are angry, depressed, tired or spiritually cold. In the silence ask for and ' +
  'accept the prayerful support of others joined with you in worship.';
const qkH2 = 'Questions people often ask';
const qkFaq = [
  [
    'Do I have to be a Quaker to come?',
    'No. Everyone is welcome, whatever their beliefs. Many people attend for years before ' + 'deciding whether to become members, and some never do.',
  ],
  [
    'What should I do during the silence?',
    'Whatever helps you to be still. Some people pray, some reflect on a passage or a ' +
      'question, some simply notice their breathing. If your mind wanders, that is normal.',
  ],
  [
    'Can I bring my children?',
    'Yes. Children join the meeting for the first fifteen minutes and then go to the ' +
      'children’s meeting upstairs, which is led by two trained volunteers and runs until the end of worship.',
  ],
];
const qkH3 = 'Our testimonies';
const qkP3 = [
  'Quakers do not have a creed, but over three centuries we have found that our worship leads us to try to live by ' +
    'some shared values, often called testimonies:',
];
const qkList = ['Simplicity', 'Truth and integrity', 'Equality', 'Peace', 'Sustainability'];
const qkP4 = [
  'These are not rules. They are ways in which Friends have tried to let their lives speak, and each of us works out ' +
    'what they mean in our own circumstances.',
];
const qkNav = ['About Quakers', 'Meeting for Worship', 'Events', 'Room Hire', 'Contact'];
const qkCover = 'All are welcome';
const qkVisit = ['Visit us', 'Sundays at 10:30 am', 'Wednesdays at 12:30 pm (30 minutes)', 'Friends Meeting House, 14 Tanner’s Row, Ashbury'];
const qkMap = 'This map is provided by a third party. Load map?';
const qkFoot = ['Ashbury Quaker Meeting', 'Part of Britain Yearly Meeting of the Religious Society of Friends (Quakers)', 'Privacy', 'Safeguarding'];
const qkBorlabs = [
  'Privacy Preference',
  'We use cookies on our website. Some of them are essential, while others help us to improve this website and your experience.',
  'Accept all',
  'Save',
  'Accept only essential cookies',
  'Individual Privacy Preferences',
  'Cookie Details',
  'Privacy Policy',
];
const qkHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>Our Meeting for Worship &#8211; Ashbury Quaker Meeting</title>
<meta name="description" content="How Quaker meeting for worship works at Ashbury, what to expect on a Sunday, and answers to common questions.">
<link rel="stylesheet" id="wp-block-library-css" href="https://ashburyquakers.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2" media="all">
<script type="importmap" id="wp-importmap">{"imports":{
"@wordpress/interactivity":"https://ashburyquakers.example/wp-includes/js/dist/script-modules/interactivity/index.min.js?ver=55aebb6e0a16726baffb"}}</script>
<script type="module" src="https://ashburyquakers.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=61572d447d60c0aa5240"
id="@wordpress/block-library/navigation-js-module"></script></head>
<body class="page-template-default page page-id-12 wp-embed-responsive"><div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a
href="https://ashburyquakers.example" rel="home">${qkFoot[0]}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main" data-wp-interactive="core/navigation">
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"
data-wp-on-async--click="actions.openMenuOnClick"></button>
<div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--is-menu-open="state.isMenuOpen"><div
class="wp-block-navigation__responsive-close">
<div class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container wp-block-navigation">
${qkNav
  .map(
    (t) => `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></nav></div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:0"><div class="wp-block-group alignfull has-global-padding is-layout-constrained">
<h1 class="has-text-align-left wp-block-post-title">${qkTitle}</h1></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
<div class="wp-block-cover alignwide" style="min-height:320px"><span aria-hidden="true"
class="wp-block-cover__background has-background-dim-40 has-background-dim"></span>
<img class="wp-block-cover__image-background" alt="" src="https://ashburyquakers.example/wp-content/uploads/2024/05/meeting-room.jpg" data-object-fit="cover">
<div class="wp-block-cover__inner-container is-layout-flow"><p class="has-text-align-center has-large-font-size">${qkCover}</p></div></div>
${ps(qkP1)}
<h2 class="wp-block-heading">${qkH1}</h2>
${ps(qkP2)}
<blockquote class="wp-block-quote is-layout-flow"><p>${qkQuote}</p><cite>Advices and queries 9</cite></blockquote>
<h2 class="wp-block-heading">${qkH2}</h2>
${qkFaq
  .map(
    ([q, a]) => `<details class="wp-block-details is-layout-flow"><summary><h3
class="wp-block-heading">${q}</h3></summary><p>${a}</p></details>`,
  )
  .join('\n')}
<h2 class="wp-block-heading">${qkH3}</h2>
${ps(qkP3)}
<ul class="wp-block-list">${qkList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(qkP4)}
<div class="wp-block-columns alignwide is-layout-flex visit-us"><div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">${qkVisit[0]}</h2>
<p>${qkVisit[1]}<br>${qkVisit[2]}</p><p>${qkVisit[3]}</p></div><div class="wp-block-column is-layout-flow"><div class="borlabs-cookie-content-blocker">
<p>${qkMap}</p><a class="brlbs-cmpnt-cb-btn" href="#" role="button">Load map</a></div></div></div>
</div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-columns alignwide">
<div class="wp-block-column"><p class="wp-block-site-title">${qkFoot[0]}</p><p>${qkFoot[1]}</p></div>
<div class="wp-block-column"><nav class="wp-block-navigation" aria-label="Footer"><ul
class="wp-block-navigation__container">${links(qkFoot.slice(2), 'wp-block-navigation-item')}</ul></nav></div></div></div></footer></div>
<div id="BorlabsCookieBox" class="brlbs-cmpnt-container" role="dialog" aria-modal="true" aria-labelledby="brlbs-dialog-title"><div class="brlbs-cmpnt-dialog">
<h2 class="brlbs-cmpnt-dialog-headline" id="brlbs-dialog-title">${qkBorlabs[0]}</h2><p class="brlbs-cmpnt-dialog-description">${qkBorlabs[1]}</p>
<div class="brlbs-cmpnt-buttons">${qkBorlabs
  .slice(2, 5)
  .map((b) => `<button class="brlbs-btn-accept-all brlbs-cmpnt-button">${b}</button>`)
  .join('')}</div>
<ul class="brlbs-cmpnt-links">${links(qkBorlabs.slice(5))}</ul></div></div>
<script id="wp-block-template-skip-link-js-after">( function() { var skipLinkTarget = document.querySelector( 'main' ) } )();</script></body></html>`;
const quakerPage: TestPage = {
  html: qkHtml,
  name: 'heldout220-wordpress-quaker-meeting-practice',
  kind: 'docs',
  // the quoted "Advices and queries" passage is body (its cite in neither list); the FAQ questions (h3 inside summary) are
  // headings and their answers body; the cover text, the "Visit us" block, the map blocker, the nav and footer are furniture
  title: qkTitle,
  headings: [qkH1, qkH2, ...qkFaq.map(([q]) => q as string), qkH3],
  body: [...texts(qkP1), ...qkP2, qkQuote, ...qkFaq.map(([, a]) => a as string), ...qkP3, ...qkList, ...qkP4],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([...qkNav, qkCover, ...qkVisit, qkMap, 'Load map', ...qkFoot, ...qkBorlabs]),
};

/** Batch 220, file f: the Quaker meeting's practice page and the interfaith charity's update. */
export const HELDOUT220_F: readonly TestPage[] = [quakerPage, charityUpdate];
