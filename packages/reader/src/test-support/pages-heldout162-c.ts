import { links, ps, type TestPage, texts } from './page-kit.js';
import { baeldungPage } from './pages-heldout162-c2.js';

/**
 * Held-out batch 162, file c: an Unreal Engine documentation page on the Epic Developer Community site (the global
 * Epic header with its nav and "Sign In", the documentation bar with product and version selectors and search, the
 * collapsible left navigation tree, breadcrumbs, the title with its description paragraph, an info callout, numbered
 * steps with image captions, the "On this page" rail, the "Help shape our docs" feedback widget, the "Ask questions" /
 * "Learning Library" cards, the Epic footer and the OneTrust cookie banner) and, from file c2, a Baeldung tutorial.
 */
const ueTitle = 'Configuring Pickups with Primary Data Assets';
const ueDesc = ['Define pickup items once in the Content Browser and let a single Actor Blueprint spawn any of them.'];
const ueIntro = [
  'When a game has dozens of pickups, such as health packs, ammunition and keys, it is tempting to make one Blueprint ' +
    'for each. That quickly becomes hard to maintain: a change to how pickups bob or glow has to be repeated in every ' +
    'Blueprint. This guide shows how to move the data that differs between pickups into <strong>Primary Data Assets</strong>, ' +
    'so that one <strong>BP_Pickup</strong> Actor can represent any item.',
];
const ueH1 = 'Before You Begin';
const ueBefore = [
  'This guide assumes you have a project created from the <strong>Third Person</strong> template and are familiar with ' +
    'creating Blueprint Classes. No C++ is required, although the same approach works with a native ' +
    '<code>UPrimaryDataAsset</code> subclass.',
];
const ueNote = [
  'Primary Data Assets can be discovered and loaded by the <strong>Asset Manager</strong> at runtime. If you only need static ' +
    'data that is always loaded, a plain Data Asset is enough.',
];
const ueH2 = 'Creating the Data Asset Class';
const ueSteps1 = [
  'In the <strong>Content Browser</strong>, click <strong>Add</strong>, then select <strong>Blueprint Class</strong>.',
  'Under <strong>All Classes</strong>, search for and select <strong>PrimaryDataAsset</strong>. Name the new class ' +
    '' +
    '<strong>PDA_PickupDefinition</strong>.',
  'Open the class and add the following variables: <strong>DisplayName</strong> (Text), <strong>Mesh</strong> (Static Mesh ' +
    'Object Reference), <strong>Amount</strong> (Integer) and <strong>PickupSound</strong> (Sound Base Object Reference).',
  'Compile and save the class.',
];
const ueH3 = 'Creating Pickup Definitions';
const ueDefs = [
  'Each pickup in your game is now a Data Asset instance rather than a Blueprint. To create one, right-click in the Content ' +
    'Browser and select <strong>Miscellaneous &gt; Data Asset</strong>, then choose <strong>PDA_PickupDefinition</strong> as ' +
    'the class. Create one asset each for <strong>DA_HealthSmall</strong>, <strong>DA_HealthLarge</strong> and ' +
    '<strong>DA_AmmoBox</strong>, and fill in their values.',
  'Because these assets contain only data, designers can create new pickups without opening the Blueprint Editor at all.',
];
const ueH4 = 'Reading the Data in the Pickup Actor';
const ueSteps2 = [
  'Create an Actor Blueprint named <strong>BP_Pickup</strong> and add a <strong>Static Mesh</strong> component and a ' +
    '<strong>Sphere Collision</strong> component.',
  'Add a variable named <strong>Definition</strong> of type <strong>PDA_PickupDefinition</strong> and enable ' +
    '<strong>Instance Editable</strong> and <strong>Expose on Spawn</strong>.',
  'In the <strong>Construction Script</strong>, get the Mesh from the Definition and call <strong>Set Static Mesh</strong> on ' +
    'the Static Mesh component. The pickup now shows the correct mesh in the editor viewport as soon as you pick a Definition.',
  'In the <strong>On Component Begin Overlap</strong> event of the Sphere Collision, read the Amount, apply it to the ' +
    'overlapping character, play the PickupSound and destroy the Actor.',
];
const ueAfter = [
  'Place several BP_Pickup Actors in your level and assign a different Definition to each one in the <strong>Details</strong> ' +
    'panel. Play in Editor to check that each pickup has the right mesh and effect.',
];
const ueH5 = 'Next Steps';
const ueNext = [
  'To load pickup definitions on demand, register <strong>PDA_PickupDefinition</strong> as a Primary Asset Type in ' +
    '<strong>Project Settings &gt; Asset Manager</strong>. You can then spawn random loot from a list of Primary Asset IDs ' +
    'without keeping every mesh in memory.',
];
const ueCaptions = ['Creating the Primary Data Asset class.', 'A BP_Pickup Actor with the DA_AmmoBox definition assigned.'];
const ueGlobal = ['Home', 'Documentation', 'Learning', 'Forums', 'Marketplace', 'Fab'];
const ueTree = [
  'Understanding the Basics',
  'Working with Content',
  'Building Virtual Worlds',
  'Designing Visuals, Rendering, and Graphics',
  'Programming and Scripting',
  'Blueprints Visual Scripting',
  'Data Driven Gameplay Elements',
  'Making Interactive Experiences',
  'Testing and Optimizing Your Content',
];
const ueCrumbs = ['Unreal Engine 5.6 Documentation', 'Programming and Scripting', 'Data Driven Gameplay Elements'];
const ueCards = ['Ask questions and help your peers', 'Developer Forums', 'Write your own tutorials or read those from others', 'Learning Library'];
const ueFoot = ['Terms of Service', 'Privacy Policy', 'Store Refund Policy', 'Fan Art Policy', 'Community Rules', 'Safety & Security', 'Careers', 'Newsroom'];
const ueCookie = [
  'We use cookies and similar technologies to make our websites work, to understand how they are used and to show you ' +
    'content that matches your interests. You can change your choices at any time in Cookie Settings.',
];
const ueHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${ueTitle} | Unreal Engine 5.6 Documentation | Epic Developer Community</title>
<base href="/documentation/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ueDesc[0]}">
<meta property="og:title" content="${ueTitle} | Unreal Engine 5.6 Documentation | Epic Developer Community"><meta property="og:description"
content="${ueDesc[0]}">
<meta property="og:image" content="https://dev.epicgames.example/community/api/documentation/image/og-default.png"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://dev.epicgames.com/documentation/en-us/unreal-engine/configuring-pickups-with-primary-data-assets">
<link rel="stylesheet" href="/documentation/styles.d3b1c22f.css"><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js"
data-domain-script="a1b2c3d4"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${ueTitle}","description":"${ueDesc[0]}",
"publisher":{"@type":"Organization","name":"Epic Games"},"inLanguage":"en-US"}</script></head>
<body><edc-root ng-version="17.3.4"><div class="edc-app"><a class="skip-link" href="#main-content">Skip to main content</a>
<egs-navigation><header class="egs-nav" role="banner"><nav aria-label="Global"><a class="egs-nav__logo" href="https://www.epicgames.com"><span
class="sr-only">Epic Games</span>
<svg aria-hidden="true"></svg></a><a class="egs-nav__product" href="/community">Developer</a><ul
class="egs-nav__links">${links(ueGlobal, 'egs-nav__item')}</ul>
<a class="egs-nav__signin" href="/community/login">Sign In</a></nav></header></egs-navigation>
<div class="docs-topbar"><div class="docs-topbar__product"><button class="product-select" aria-haspopup="listbox">Unreal Engine</button>
<button class="version-select" aria-haspopup="listbox" aria-label="Select version">5.6</button></div>
<form class="docs-search" role="search"><input type="search" placeholder="Search Unreal Engine Documentation" aria-label="Search Unreal Engine
Documentation"></form></div>
<div class="docs-layout"><aside class="docs-sidebar" aria-label="Documentation navigation"><button class="docs-sidebar__toggle"
aria-expanded="true">Hide navigation</button>
<ul class="docs-tree">${ueTree
  .map(
    (t) => `<li class="docs-tree__item"><a class="docs-tree__link"
href="/en-us/unreal-engine/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></aside>
<main id="main-content" class="docs-main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
${ueCrumbs.map((t) => `<li class="breadcrumbs__item"><a href="#">${t}</a></li>`).join('')}<li class="breadcrumbs__item breadcrumbs__item--current"
aria-current="page">${ueTitle}</li></ol></nav>
<article class="docs-article"><div class="docs-article__header"><h1 class="docs-article__title">${ueTitle}</h1>
<p class="docs-article__description">${ueDesc[0]}</p></div>
<div class="docs-article__body rich-text">
${ps(ueIntro)}
<h2 id="beforeyoubegin">${ueH1}</h2>
${ps(ueBefore)}
<div class="callout callout--info" role="note"><span class="callout__icon" aria-hidden="true"></span><div class="callout__content">${ps(ueNote)}</div></div>
<h2 id="creatingthedataassetclass">${ueH2}</h2>
<ol>${ueSteps1.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="image-block"><img src="https://d1iv7db44yhgxn.cloudfront.example/documentation/images/pda-class.png" alt="PDA class">
<figcaption>${ueCaptions[0]}</figcaption></figure>
<h2 id="creatingpickupdefinitions">${ueH3}</h2>
${ps(ueDefs)}
<h2 id="readingthedatainthepickupactor">${ueH4}</h2>
<ol>${ueSteps2.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(ueAfter)}
<figure class="image-block"><img src="https://d1iv7db44yhgxn.cloudfront.example/documentation/images/bp-pickup.png" alt="BP_Pickup in level">
<figcaption>${ueCaptions[1]}</figcaption></figure>
<h2 id="nextsteps">${ueH5}</h2>
${ps(ueNext)}
</div></article>
<div class="docs-feedback"><p class="docs-feedback__title">Help shape our docs</p><p>Was this page helpful?</p>
<button class="docs-feedback__btn" aria-label="Yes">Yes</button><button class="docs-feedback__btn" aria-label="No">No</button></div>
<div class="docs-cards">${[0, 2]
  .map(
    (i) => `<a class="docs-card" href="#"><p class="docs-card__text">${ueCards[i]}</p><p
class="docs-card__title">${ueCards[i + 1]}</p></a>`,
  )
  .join('')}</div>
</main>
<aside class="docs-toc" aria-label="On this page"><p class="docs-toc__title">On this page</p><ul>
${[ueH1, ueH2, ueH3, ueH4, ueH5].map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`).join('')}</ul></aside></div>
<footer class="egs-footer"><div class="egs-footer__social"><a href="#" aria-label="Facebook"></a><a href="#" aria-label="X"></a><a href="#"
aria-label="YouTube"></a></div>
<ul class="egs-footer__links">${links(ueFoot)}</ul>
<p class="egs-footer__legal">© 2004-2025, Epic Games, Inc. All rights reserved.
Epic, Epic Games, the Epic Games logo, Unreal, Unreal Engine and the Unreal Engine logo are
trademarks or registered trademarks of Epic Games, Inc. in the United States of America and elsewhere.</p></footer></div></edc-root>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Cookies</h2><p
id="onetrust-policy-text">${ueCookie[0]}</p></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button
id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script src="/documentation/main.8f2e1a77.js" type="module"></script></body></html>`;
const unrealPage: TestPage = {
  html: ueHtml,
  name: 'heldout162-unreal-docs-howto',
  kind: 'docs',
  // the description under the title and the info callout's text are body; image captions, the "On this page" rail
  // (which repeats the headings) and the feedback widget are furniture
  title: ueTitle,
  headings: [ueH1, ueH2, ueH3, ueH4, ueH5],
  body: texts([...ueDesc, ...ueIntro, ...ueBefore, ...ueNote, ...ueSteps1, ...ueDefs, ...ueSteps2, ...ueAfter, ...ueNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Epic Games', 'Developer', ...ueGlobal, 'Sign In', 'Unreal Engine', 'Hide navigation',
    ...ueTree, ...ueCrumbs, ...ueCaptions, 'Help shape our docs', 'Was this page helpful?', 'Yes', 'No', ...ueCards, 'On this page', ...ueFoot,
    '© 2004-2025, Epic Games, Inc. All rights reserved.', 'Cookies', ...ueCookie, 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT162_C: readonly TestPage[] = [unrealPage, baeldungPage];
