import { ps, type TestPage, texts } from './page-kit.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file d2: an Old School RuneScape Wiki quest page (Weird Gloop's legacy Vector with the theme and
 * reader-mode toggles in the personal tools, the quick-guide hatnote, the quest infobox, the quest details table, walkthrough
 * steps with lists, the rewards scroll image and caption, "Required for completing", trivia, the quests navbox, the ad slot
 * and the footer with the Weird Gloop links).
 */
const page = 'The_Miller%27s_Lantern';
const title = 'The Miller’s Lantern';
const hatnote = 'For a quick guide, see The Miller’s Lantern/Quick guide.';
const intro = [
  'The Miller’s Lantern is a novice quest in which the player helps Odrun, the miller of Thornbeck, find out why the lantern ' +
    'on his mill keeps going out at night. It was released on 9 April 2025 as part of the Varlamore riverside update.',
];
const detailsH = 'Details';
const details = [
  'Speak to Odrun at the windmill north of Thornbeck.',
  'Novice',
  'Odrun swears he fills the lantern on his mill every evening, yet each night it goes dark before midnight. Can you find out who, or what, keeps ' +
    'putting it out?',
  'Short',
  '12 Firemaking',
  'Completion of Sheep Shearer',
  'A tinderbox',
  'A bucket',
  'Mill moth (level 9)',
];
const h1 = 'Walkthrough';
const h1a = 'Starting out';
const p1a = [
  'Talk to Odrun inside the windmill. He explains that the lantern has gone out three nights running and asks you to keep ' +
    'watch. Climb to the top floor and use your tinderbox on the lantern to relight it.',
];
const h1b = 'The night watch';
const p1b = ['Wait by the lantern until the in-game night begins; a message will tell you that the flame is flickering. Then:'];
const steps = [
  'Search the sacks on the top floor to find a trail of flour leading to the window.',
  'Climb out of the window onto the sails, which is safe during this quest only.',
  'Kill the Mill moth that appears on the sail. It can only be hit with melee.',
  'Fill your bucket from the water trough and use it on the moth’s nest to clear it.',
];
const p1c = ['Return to Odrun and tell him what happened. He gives you a lantern of your own as thanks, and the quest is complete.'];
const rewH = 'Rewards';
const rewards = [
  '1 Quest point',
  '1,500 Firemaking experience',
  'The Miller’s lantern, a light source that never goes out',
  'Access to the Thornbeck windmill roof',
];
const reqH = 'Required for completing';
const reqP = ['Completion of The Miller’s Lantern is required for the following:'];
const req = ['Flour Power (in development)'];
const trivH = 'Trivia';
const trivia = [
  'The quest was designed by the winner of the 2024 community quest competition.',
  'If you examine the Mill moth after the quest, it reads “Drawn to the light. Not very bright.”',
];
const infobox = [
  'Released',
  '9 April 2025 (Update)',
  'Members',
  'Yes',
  'Quest series',
  'None',
  'Official difficulty',
  'Official length',
  'Developer',
  'Mod Tarn',
];
const scrollCap = 'The quest reward scroll.';
const navbox = ['Quests', 'Free-to-play', 'Members', 'Miniquests', 'Cook’s Assistant', 'Sheep Shearer', 'The Miller’s Lantern', 'Waterfall Quest'];
const ad = 'Advertisement';
const detailLabels = ['Start point', 'Official difficulty', 'Description', 'Official length', 'Requirements', 'Items required', 'Enemies to defeat'];
const content = `<div role="note" class="hatnote navigation-not-searchable">${hatnote.replace(
  'The Miller’s Lantern/Quick guide',
  '<a href="/w/The_Miller%27s_Lantern/Quick_guide">The Miller’s Lantern/Quick guide</a>',
)}</div>
<table class="infobox infobox-quest no-parenthesis-style" data-attr-param="group1"><tbody><tr class="infobox-header">
<th colspan="2" class="infobox-header">${title}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size"><img src="/images/Quest_point_icon.png" width="25" height="28" alt=""></span></td></tr>
${[0, 2, 4].map((i) => `<tr><th>${infobox[i]}</th><td>${infobox[i + 1]}</td></tr>`).join('')}<tr><th>${infobox[6]}</th><td>Novice </td></tr>
<tr><th>${infobox[7]}</th><td>Short </td></tr><tr><th>${infobox[8]}</th><td>${infobox[9]}</td></tr></tbody></table>
${ps(intro)}
${mwH(2, detailsH, page, 1)}
<table class="questdetails plainlinks"><tbody>
<tr><th class="questdetails-header">${detailLabels[0]}</th><td class="questdetails-info">${details[0]}</td></tr>
<tr><th class="questdetails-header">${detailLabels[1]}</th><td class="questdetails-info">${details[1]}</td></tr>
<tr><th class="questdetails-header">${detailLabels[2]}</th><td class="questdetails-info"><i>${details[2]}</i></td></tr>
<tr><th class="questdetails-header">${detailLabels[3]}</th><td class="questdetails-info">${details[3]}</td></tr>
<tr><th class="questdetails-header">${detailLabels[4]}</th><td class="questdetails-info"><ul><li>${details[4]}</li><li>${details[5]}</li></ul></td></tr>
<tr><th class="questdetails-header">${detailLabels[5]}</th><td class="questdetails-info"><ul><li>${details[6]}</li><li>${details[7]}</li></ul></td></tr>
<tr><th class="questdetails-header">${detailLabels[6]}</th><td class="questdetails-info"><ul><li>${details[8]}</li></ul></td></tr></tbody></table>
${mwH(2, h1, page, 2)}
${mwH(3, h1a, page, 3)}
${ps(p1a)}
${mwH(3, h1b, page, 4)}
${ps(p1b)}
<ol>${steps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(p1c)}
${mwH(2, rewH, page, 5)}
<figure class="mw-halign-right" typeof="mw:File"><img src="/images/The_Miller%27s_Lantern_reward_scroll.png" width="250" height="220"
alt=""><figcaption>${scrollCap}</figcaption></figure>
<ul>${rewards.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, reqH, page, 6)}
${ps(reqP)}
<ul>${req.map((t) => `<li>${t}</li>`).join('')}</ul>
${mwH(2, trivH, page, 7)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox wikitable navbox-quests" data-navbox-name="Quests"><tbody><tr><th colspan="2" class="navbox-title"><a href="/w/Quests">${navbox[0]}</a>
</th></tr>
<tr><th class="navbox-group">${navbox[1]}</th><td class="navbox-list">${navbox[4]} • ${navbox[5]}</td></tr>
<tr><th class="navbox-group">${navbox[2]}</th><td class="navbox-list"><strong class="selflink">${navbox[6]}</strong> • ${navbox[7]}</td></tr>
<tr><th class="navbox-group">${navbox[3]}</th><td class="navbox-list">Alfred Grimhand’s Barcrawl</td></tr></tbody></table>`;
const shell: Shell = {
  lang: 'en-GB',
  site: 'OSRS Wiki',
  page: title,
  headExtra: `<link rel="canonical" href="https://oldschool.runescape.wiki/w/${page}"><meta name="description" content="${intro[0]?.slice(0, 120)}">
<meta property="og:site_name" content="Old School RuneScape Wiki"><meta name="twitter:site" content="@OSRSWiki">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${title}","url":"https://oldschool.runescape.wiki/w/${page}",
"publisher":{"@type":"Organization","name":"Weird Gloop"},"datePublished":"2025-04-09T10:02:11Z"}</script>`,
  bodyClass: `page-The_Miller_s_Lantern rootpage-The_Miller_s_Lantern wgl-theme-light`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From the Old School RuneScape Wiki, the wiki for all things Old School RuneScape',
  notice: '',
  personal: ['Dark mode', 'Reader mode', 'Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit source', 'View history'],
  portlets: [
    {
      id: 'p-navigation',
      label: 'Navigation',
      items: ['Main page', 'Community portal', 'Recent changes', 'Random page', 'Quick guides', 'Calculators', 'Grand Exchange Market Watch'],
    },
    { id: 'p-wgl-wikis', label: 'Weird Gloop wikis', items: ['RuneScape Wiki', 'RuneScape Classic Wiki', 'Discord', 'Twitter'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content,
  cats: ['Quests', 'Novice quests', 'Members’ quests', 'Thornbeck'],
  lastmod: 'This page was last edited on 11 November 2025, at 20:47.',
  copyright: 'Content is available under <a href="/w/RS:COPY">CC BY-NC-SA 3.0</a> unless otherwise noted.',
  places: ['Privacy policy', 'About the Old School RuneScape Wiki', 'Disclaimers', 'Terms of use'],
  tail: `<div id="wgl-ad-sidebar" class="wgl-ad"><span class="wgl-ad-label">${ad}</span><div id="osrsw_sidebar_300x250" data-ad-unit="sidebar"></div></div>`,
};
export const osrsQuest: TestPage = {
  name: 'heldout169-osrswiki-quest',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  headings: [detailsH, h1, h1a, h1b, rewH, reqH, trivH],
  // the quest details table is part of the article: its data cells (including the list items in them) are body and its
  // header cells in neither list; the infobox, hatnote, reward-scroll caption, navbox and ad label are furniture
  body: [...texts(intro), ...details, ...texts(p1a), ...texts(p1b), ...steps, ...texts(p1c), ...rewards, ...texts(reqP), ...req, ...trivia],
  bylines: [shell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(shell).filter((t) => t !== 'Quests' && t !== 'Members'),
    hatnote,
    ...infobox.filter((t) => !detailLabels.includes(t)),
    scrollCap,
    ...navbox.filter((t) => t !== title),
    'Alfred Grimhand’s Barcrawl',
    ad,
    'edit',
  ],
};
