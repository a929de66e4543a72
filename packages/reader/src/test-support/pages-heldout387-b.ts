import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file b: a D&D Beyond-style monster page (a data page: stat block with attribute rows and ability
 * table, trait and action blocks, lore text, tags, source line, comments, site nav and footer) and a homebrew race page on a
 * Fandom wiki (global nav, community header, categories, portable infobox, table of contents, right rail, Fandom footer).
 */
const dTitle = 'Bog Lantern Wight';
const dTraits = [
  j(
    '<em><strong>Lantern Glow.</strong></em> The wight sheds dim light in a 15-foot radius.',
    'Creatures in the light have disadvantage on saving throws against being frightened.',
  ),
  j(
    '<em><strong>Marsh Walker.</strong></em> The wight ignores difficult terrain caused by mud, shallow water or reeds,',
    'and it can hold its breath indefinitely.',
  ),
];
const dActions = [
  '<em><strong>Multiattack.</strong></em> The wight makes two attacks with its hooked pole, or one with the pole and one Drowning Grasp.',
  j(
    '<em><strong>Hooked Pole.</strong></em> <em>Melee Weapon Attack:</em> +5 to hit, reach 10 ft., one target.',
    '<em>Hit:</em> 8 (1d10 + 3) piercing damage, and a Medium or smaller target is pulled up to 5 feet toward the wight.',
  ),
  j(
    '<em><strong>Drowning Grasp.</strong></em> One creature within 5 feet must succeed on a DC 13 Constitution saving throw',
    'or take 10 (3d6) necrotic damage and be unable to speak until the end of its next turn.',
  ),
];
const dReactions = [
  j(
    '<em><strong>Snuff the Light (Recharges after a Short or Long Rest).</strong></em> When a creature within 30 feet casts a',
    'spell that creates light, the wight extinguishes its own lantern, and the spell fails unless its caster succeeds on a DC 13',
    'Wisdom saving throw.',
  ),
];
const dLore = [
  j(
    'Long ago the marsh villages paid keepers to walk the causeways at night with a lantern on a pole, so that travellers could',
    'find the firm ground. Some keepers were paid in false coin, and some were left to drown when the sluice gates were opened.',
  ),
  j(
    'Those keepers still walk. A bog lantern wight holds its light high and calls out the old safe paths, but the paths it calls',
    'lead into the deepest pools, where it waits with its hook. Only a traveller who pays the old toll, a silver coin thrown into',
    'the water, is said to pass unharmed.',
  ),
];
const dNav = ['Sources', 'Game Rules', 'Spells', 'Monsters', 'Magic Items', 'Equipment', 'Characters', 'Encounters', 'Forums', 'Marketplace'];
const dComments = [
  'Ran this in a swamp one-shot last night. The pull from the pole into the Drowning Grasp is nasty for a level 4 party.',
  'Love the coin toll detail, my players figured it out after losing a cleric to the pool.',
];
const dFoot = ['About Us', 'Careers', 'Contact Us', 'Help Portal', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const stat = (k: string, v: string): string =>
  `<div class="mon-stat-block__attribute"><span class="mon-stat-block__attribute-label">${k}</span>
<span class="mon-stat-block__attribute-data"><span class="mon-stat-block__attribute-data-value">${v}</span></span></div>`;
const dHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>Bog Lantern Wight - Monsters - Tavernlight</title>
<meta name="description" content="Bog Lantern Wight: Medium undead, neutral evil. Challenge 4.">
<meta property="og:site_name" content="Tavernlight"><meta property="og:title" content="Bog Lantern Wight">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Bog Lantern Wight"}</script>
<script>var Cobalt = Cobalt || {}; Cobalt.User = {"ID":0}; Cobalt.Config = {"site":"tavernlight"};</script></head>
<body class="body-rpgmonster"><div id="site-main" class="site-main"><header class="main b-main-header"><div class="user-interactions">
<a href="/sign-in" class="user-interactions-login">Sign In</a><a href="/store" class="button-alt">Subscribe</a></div>
<nav class="mm-navbar"><ul class="mm-navbar__list">${links(dNav, 'mm-nav-item')}</ul></nav></header>
<div class="container"><div id="content"><header class="page-header"><div class="page-heading"><div class="page-heading__content">
<h1 class="page-title">Bog Lantern Wight</h1></div></div>
<ul class="b-breadcrumb b-breadcrumb-a"><li class="b-breadcrumb-item"><a href="/">Home</a></li>
<li class="b-breadcrumb-item"><a href="/monsters">Monsters</a></li></ul></header>
<section class="primary-content" role="main"><div class="detail-content"><div class="mon-stat-block">
<div class="mon-stat-block__header"><div class="mon-stat-block__name"><a class="mon-stat-block__name-link" href="/monsters/88412">Bog Lantern Wight</a></div>
<div class="mon-stat-block__meta">Medium Undead, Neutral Evil</div></div><div class="mon-stat-block__separator"></div>
<div class="mon-stat-block__attributes">${stat('Armor Class', '14')}${stat('Hit Points', '52')}${stat('Speed', '30 ft., swim 30 ft.')}</div>
<div class="mon-stat-block__stat-block"><div class="ability-block"><div class="ability-block__stat ability-block__stat--str">
<div class="ability-block__heading">STR</div><div class="ability-block__data"><span class="ability-block__score">16</span>
<span class="ability-block__modifier">(+3)</span></div></div></div></div>
<div class="mon-stat-block__tidbits"><div class="mon-stat-block__tidbit"><span class="mon-stat-block__tidbit-label">Damage Resistances</span>
<span class="mon-stat-block__tidbit-data">Necrotic</span></div><div class="mon-stat-block__tidbit"><span class="mon-stat-block__tidbit-label">Challenge</span>
<span class="mon-stat-block__tidbit-data">4 (1,100 XP)</span></div></div>
<div class="mon-stat-block__description-blocks"><div class="mon-stat-block__description-block">
<div class="mon-stat-block__description-block-content">${ps(dTraits)}</div></div>
<div class="mon-stat-block__description-block"><h3 class="mon-stat-block__description-block-heading">Actions</h3>
<div class="mon-stat-block__description-block-content">${ps(dActions)}</div></div>
<div class="mon-stat-block__description-block"><h3 class="mon-stat-block__description-block-heading">Reactions</h3>
<div class="mon-stat-block__description-block-content">${ps(dReactions)}</div></div></div></div>
<div class="image"><a href="/art/88412.jpeg"><img class="monster-image" src="/art/88412.jpeg" alt="Bog Lantern Wight"></a></div>
<div class="more-info-content"><div class="mon-details__description-block"><div class="mon-details__description-block-content">
${ps(dLore)}</div></div></div>
<footer class="monster-footer"><p class="tags environment-tags">Habitat: <span class="tag environment-tag">Swamp</span></p>
<p class="tags monster-tags">Tags: <span class="tag monster-tag">Undead</span></p>
<p class="monster-source">Fenmoor Bestiary, pg. 112</p></footer></div>
<section class="comments-section"><h2 class="comments-heading">Comments</h2><p class="comment-count">2 comments</p><ol class="comment-list">
<li class="p-comment-post"><div class="p-comment-author"><a href="/members/1">saltdrake</a><time class="tt-time">Mar 2, 2026</time></div>
<div class="p-comment-body"><p>${dComments[0] ?? ''}</p></div></li>
<li class="p-comment-post"><div class="p-comment-author"><a href="/members/2">Quillon_Ash</a><time class="tt-time">Mar 4, 2026</time></div>
<div class="p-comment-body"><p>${dComments[1] ?? ''}</p></div></li></ol>
<p class="comment-signin">To post a comment, please <a href="/sign-in">login</a> or <a href="/register">register</a> a new account.</p></section>
</section></div></div>
<footer class="footer"><ul class="footer-links">${links(dFoot)}</ul><p class="footer-copyright">© 2026 Tavernlight Interactive. All rights reserved.</p>
</footer></div><div id="ncmp__tool" class="ncmp__banner"><p>We and our partners use cookies to personalize content and ads.</p>
<button class="ncmp__btn">Accept All</button><button class="ncmp__btn">Manage Settings</button></div>
<script src="/js/app.min.js"></script></body></html>`;
const tavernlight: TestPage = {
  name: 'heldout387-tavernlight-monster',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Actions', 'Reactions'],
  body: texts([...dTraits, ...dActions, ...dReactions, ...dLore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Subscribe', ...dNav, 'Home', 'Comments', '2 comments', ...dComments, 'saltdrake', 'Quillon_Ash', 'Mar 2, 2026', 'Mar 4, 2026',
    'Habitat:', 'Swamp', 'Tags:', 'Fenmoor Bestiary, pg. 112', 'To post a comment, please login or register a new account.', ...dFoot,
    '© 2026 Tavernlight Interactive. All rights reserved.', 'We and our partners use cookies to personalize content and ads.', 'Accept All',
    'Manage Settings',
  ],
};

const fTitle = 'Reedfolk (5e Race)';
const fSections: [string, string[]][] = [
  [
    'Physical Description',
    [
      j(
        'Reedfolk are slight, long-limbed people with skin the colour of wet bark and hair that grows in stiff, pale tufts.',
        'They rarely stand taller than five feet, and their wide feet are webbed between the first three toes.',
      ),
      'Most reedfolk wear woven grass cloaks that dry quickly and hide them well among the rushes.',
    ],
  ],
  [
    'Society',
    [
      j(
        'Reedfolk live in stilt villages on the edges of slow rivers. Every village is led by a council of the oldest net-menders,',
        'and disputes are settled by a fishing contest rather than a duel.',
      ),
      j(
        'They are wary of outsiders but fiercely loyal once a debt of hospitality is paid. A reedfolk who leaves home usually does',
        'so to repay such a debt, or to find a river that has gone missing from the old maps.',
      ),
      j(
        'Names are given twice among the reedfolk: a child name chosen by the parents, and a river name taken at the first',
        'flood the young reedfolk swims through alone. Most adventurers go by their river name.',
      ),
    ],
  ],
  [
    'Reedfolk Traits',
    [
      '<b>Ability Score Increase.</b> Your Dexterity score increases by 2, and your Wisdom score increases by 1.',
      '<b>Size.</b> Reedfolk are between 4 and 5 feet tall. Your size is Small.',
      '<b>Speed.</b> Your base walking speed is 30 feet, and you have a swimming speed of 30 feet.',
      '<b>Hold Breath.</b> You can hold your breath for up to 15 minutes at a time.',
      '<b>Rush Stride.</b> Difficult terrain made of mud, reeds or shallow water costs you no extra movement.',
      '<b>Languages.</b> You can speak, read and write Common and Sylvan.',
    ],
  ],
  [
    'Design Notes',
    [
      j(
        'This race was written for the Fenmoor campaign and playtested over eleven sessions. The swimming speed made early',
        'river encounters trivial, so an earlier version that also granted darkvision was cut back.',
      ),
      'Feedback is welcome on the talk page. Please do not change the traits directly without discussing the change first.',
    ],
  ],
];
const fGlobal = ['Fandom', 'Games', 'Movies', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fLocal = ['Main Page', 'Races', 'Classes', 'Subclasses', 'Feats', 'Recent blog posts'];
const fPopular = ['Fenmoor Campaign Setting', 'Tidecaller (5e Subclass)', 'Marsh Hag (5e Creature)'];
const fFoot = ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Global Sitemap', 'Local Sitemap'];
const fHtml = `<!DOCTYPE html><html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Reedfolk (5e Race) | Homebrew Haven Wiki | Fandom</title>
<meta name="description" content="Reedfolk are slight, long-limbed people of the river marshes.">
<meta property="og:site_name" content="Homebrew Haven Wiki"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Reedfolk (5e Race)","about":{"@type":"Thing"}}</script>
<script>var fandomContext = {"site":{"wikiId":2210934,"communityName":"Homebrew Haven Wiki"}};</script></head>
<body class="mediawiki ltr skin-fandomdesktop page-Reedfolk_5e_Race"><div class="global-navigation"><nav class="global-navigation__nav">
<ul class="global-navigation__links">${links(fGlobal, 'global-navigation__item')}</ul>
<div class="global-navigation__bottom"><span class="global-navigation__register-text">Don't have an account?</span>
<a href="/register" class="wds-button">Register</a><a href="/signin" class="wds-button wds-is-secondary">Sign In</a></div></nav></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="/wiki/Main_Page" class="fandom-community-header__community-name">Homebrew Haven Wiki</a>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header"><div class="page-header__top">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> <a href="/wiki/Category:Races">Races</a>,
<a href="/wiki/Category:5e">5e Homebrew</a></div><div class="page-header__actions"><a id="ca-edit" class="wds-button">Edit</a></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">Reedfolk (5e Race)</span></h1></div>
<div class="page-header__meta"><span class="page-header__page-subtitle">Created by Tamsin Gravelle</span></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-title">Reedfolk</h2>
<figure class="pi-item pi-image"><img src="/reedfolk.png" alt="Reedfolk">
<figcaption class="pi-item-spacing pi-caption">A reedfolk net-mender</figcaption></figure>
<div class="pi-item pi-data"><h3 class="pi-data-label">Size</h3><div class="pi-data-value">Small</div></div></aside>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${fSections
  .map(
    ([h], i) => `<li class="toclevel-1"><a href="#s${i}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div>
${fSections
  .map(
    ([h, b], i) =>
      `<h2><span class="mw-headline" id="s${i}">${h}</span><span class="mw-editsection"><a href="?action=edit&amp;section=${i + 1}"></a></span></h2>\n${
        b.length > 3 ? `<ul>${b.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ps(b)
      }`,
  )
  .join('\n')}
</div></div><div class="page-footer"><div class="categories"><span class="page-footer__categories-label">Categories</span><ul>
<li><a href="/wiki/Category:Races">Races</a></li><li><a href="/wiki/Category:Player_Options">Player Options</a></li></ul></div>
<div class="license-description">Community content is available under <a href="/licensing">CC-BY-SA</a> unless otherwise noted.</div></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><div class="ad-slot-placeholder"><span class="ad-label">Advertisement</span></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul>${links(fPopular)}</ul></section></div></aside>
</div></div></div>
<footer class="global-footer"><h2 class="global-footer__header">Fandom</h2><section class="global-footer__section"><h3>Explore properties</h3>
<ul>${links(fFoot, 'global-footer__link')}</ul></section><p class="global-footer__bottom">Homebrew Haven Wiki is a Fandom Games Community.</p></footer>
<div class="_2O--J403t2VqCuF8XJAZLK"><p>We value your privacy. We and our partners store and access information on your device, such as cookies.</p>
<button class="_2Ad9GCzI2MVqQmRTkZDCR">ACCEPT</button><button>REJECT ALL</button></div>
<script>window.RLQ = window.RLQ || []; RLQ.push(function(){ mw.loader.load("ext.fandom.ad"); });</script></body></html>`;
const haven: TestPage = {
  name: 'heldout387-fandom-homebrew-race',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: fSections.map(([h]) => h),
  body: texts(fSections.flatMap(([, b]) => b)),
  bylines: ['Created by Tamsin Gravelle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fGlobal, "Don't have an account?", 'Register', 'Sign In', 'Homebrew Haven Wiki', ...fLocal, 'in:', '5e Homebrew', 'Edit',
    'A reedfolk net-mender', 'Contents', 'Categories', 'Player Options', 'Community content is available under CC-BY-SA unless otherwise noted.',
    'Advertisement', 'Popular Pages', ...fPopular, 'Explore properties', ...fFoot, 'Homebrew Haven Wiki is a Fandom Games Community.',
    'We value your privacy. We and our partners store and access information on your device, such as cookies.', 'ACCEPT', 'REJECT ALL',
  ],
};

export const HELDOUT387_B: readonly TestPage[] = [tavernlight, haven];
