import { ps, type TestPage, texts } from './page-kit.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';
import { stardewVillager } from './pages-heldout169-e2.js';

/**
 * Held-out batch 169, file e: a wiki.gg game wiki article on an item (the wiki.gg top bar with its network links, the
 * portable infobox, a crafting recipe table, upgrade table, notes, trivia and history lists, the weapons navbox, the
 * right-rail and bottom ad slots, the consent banner and the wiki.gg footer) and, from file e2, a Stardew Valley Wiki
 * villager page.
 */
const page = 'Tidecaller_Harpoon';
const title = 'Tidecaller Harpoon';
const intro = [
  'The Tidecaller Harpoon is a Tier 3 ranged weapon in Brinefolk. It fires a barbed harpoon on a line that can be reeled back ' +
    'in, pulling light enemies towards the player or the player towards heavy ones. Holding the attack button charges the throw, ' +
    'and a fully charged shot pierces through up to three targets.',
  'It is the first weapon most players find that can hit enemies swimming below the surface, which makes it a common choice ' + 'for the Sunken Chapel.',
];
const obtH = 'Obtaining';
const obtP = ['The harpoon is crafted at a Shipwright’s Bench after the player has repaired the bench in Gullhaven.'];
const recipe = ['Driftwood Plank', '6', 'Coral Shard', '4', 'Kelp Rope', '2', 'Drowned Iron', '1'];
const obtP2 = [
  'It can also be found, very rarely, in the chest at the bottom of the Wreck of the Merrow. The chest has about a 2% chance ' + 'to contain it on each visit.',
];
const useH = 'Usage';
const useP = [
  'Uncharged throws are quick but deal little damage, and are best used to pull small crabs and eels out of the water so they can ' +
    'be finished with a melee weapon. A charged throw takes just over a second and is strong enough to break the shell armour of ' +
    'Tidewalkers.',
  'Against large enemies such as the Brine Warden, the line pulls the player instead. This can be used to cross gaps in the arena, ' +
    'but the player is left open to its sweep attack while reeling in.',
];
const upH = 'Upgrades';
const upgrades = ['+1', '18 damage', '2 Coral Shard', '+2', '22 damage, pierce 4', '3 Coral Shard, 1 Pearl', '+3', '27 damage, pierce 5', '1 Abyssal Pearl'];
const notesH = 'Notes';
const notes = [
  'The harpoon cannot be thrown while the player is swimming.',
  'Pulling an enemy into spikes or fire counts as a kill for the player.',
  'The reel-in speed is affected by the Windlass charm.',
];
const trivH = 'Trivia';
const trivia = ['The harpoon’s description was written by one of the game’s Kickstarter backers.', 'In early builds it was called the Gullhook.'];
const histH = 'History';
const history = [
  '1.2.0: Charged throws now pierce up to three targets.',
  '1.0.4: Fixed the line sometimes staying attached after the target died.',
  '1.0: Introduced.',
];
const pi = ['Type', 'Ranged weapon', 'Tier', '3', 'Damage', '14 (charged 31)', 'Sell price', '220 Shells', 'Rarity', 'Uncommon'];
const navbox = ['Weapons', 'Melee', 'Ranged', 'Magic', 'Driftwood Club', 'Gull Sling', 'Tidecaller Harpoon', 'Sea-glass Wand'];
const top = ['wiki.gg', 'Explore wikis', 'Community Discord', 'Create a wiki', 'Brinefolk Wiki'];
const ads = ['Advertisement', 'Advertisement '];
const cookie = [
  'We value your privacy',
  'We and our partners use cookies to store and access information on your device for ads and analytics.',
  'Reject all',
  'Accept all',
];
const foot = ['About wiki.gg', 'Terms of Service', 'Privacy policy', 'Support Wiki', 'Do Not Sell or Share My Personal Information', 'Follow us'];
const content = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-item pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">${title}</h2>
<figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Tidecaller_Harpoon.png" class="image image-thumbnail">
<img src="/images/Tidecaller_Harpoon.png"
alt="Tidecaller Harpoon" class="pi-image-thumbnail" width="128" height="128"></a></figure>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${pi[i]?.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${pi[i]}</h3>
<div class="pi-data-value pi-font">${pi[i + 1]}</div></div>`,
  )
  .join('\n')}</aside>
${ps(intro)}
${mwH(2, obtH, page, 1)}
${ps(obtP)}
<table class="wikitable recipe"><tbody><tr><th>Ingredient</th><th>Amount</th></tr>
${[0, 2, 4, 6].map((i) => `<tr><td><img src="/images/icon${i}.png" alt="" width="16"> ${recipe[i]}</td><td>${recipe[i + 1]}</td></tr>`).join('\n')}</tbody>
</table>
${ps(obtP2)}
${mwH(2, useH, page, 2)}
${ps(useP)}
${mwH(2, upH, page, 3)}
<table class="wikitable"><tbody><tr><th>Level</th><th>Effect</th><th>Cost</th></tr>
${[0, 3, 6].map((i) => `<tr><td>${upgrades[i]}</td><td>${upgrades[i + 1]}</td><td>${upgrades[i + 2]}</td></tr>`).join('\n')}</tbody></table>
${mwH(2, notesH, page, 4)}
<ul>${notes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, trivH, page, 5)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, histH, page, 6)}
<ul>${history.map((t) => `<li>${t.replace(/^([\d.]+):/, '<a href="/wiki/$1">$1</a>:')}</li>`).join('\n')}</ul>
<div class="navbox" role="navigation"><div class="navbox-title"><a href="/wiki/Weapons">${navbox[0]}</a></div>
<div class="navbox-group">${navbox[1]}</div><div class="navbox-list"><a href="/wiki/Driftwood_Club">${navbox[4]}</a></div>
<div class="navbox-group">${navbox[2]}</div><div class="navbox-list">
<a href="/wiki/Gull_Sling">${navbox[5]}</a> · <strong class="selflink">${navbox[6]}</strong></div>
<div class="navbox-group">${navbox[3]}</div><div class="navbox-list"><a href="/wiki/Sea-glass_Wand">${navbox[7]}</a></div></div>`;
const shell: Shell = {
  lang: 'en',
  site: 'Brinefolk Wiki',
  page: title,
  headExtra: `<link rel="canonical" href="https://brinefolk.wiki.gg/wiki/${page}"><meta property="og:site_name" content="Brinefolk Wiki">
<meta name="description" content="${intro[0]?.slice(0, 140)}"><script async src="https://cdn.wiki.gg/ads/wikigg-ads.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${title}","url":"https://brinefolk.wiki.gg/wiki/${page}",
"publisher":{"@type":"Organization","name":"wiki.gg"},"dateModified":"2025-08-02T13:20:44Z"}</script>`,
  bodyClass: `page-${page} rootpage-${page} wgg-dom-version-1_43 site-brinefolk`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Brinefolk Wiki',
  notice: '<div id="localNotice" data-nosnippet=""></div>',
  personal: ['Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'Edit source', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main Page', 'Recent changes', 'Random page', 'Discord server'] },
    { id: 'p-Brinefolk', label: 'Brinefolk', items: ['Characters', 'Items', 'Locations', 'Enemies', 'Bosses', 'Walkthrough'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content,
  cats: ['Weapons', 'Ranged weapons', 'Craftable items', 'Tier 3 items'],
  lastmod: 'This page was last edited on 2 August 2025, at 13:20.',
  copyright: 'Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.',
  places: ['About Brinefolk Wiki', 'Disclaimers', 'Mobile view'],
  tail: `<div id="wikigg-header" class="wikigg-header"><a class="wikigg-logo" href="https://wiki.gg/">${top[0]}</a><nav class="wikigg-header-nav">
<a href="https://wiki.gg/wikis">${top[1]}</a><a href="https://discord.gg/wikigg">${top[2]}</a><a href="https://wiki.gg/create">${top[3]}</a></nav>
<span class="wikigg-header-wikiname">${top[4]}</span></div>
<div class="wikigg-showcase-rail" id="wikigg-ad-rail"><span class="ad-label">${ads[0]}</span><div class="wgg-ad" data-slot="right-rail"></div></div>
<div class="wikigg-showcase-bottom" id="wikigg-ad-bottom"><span class="ad-label">${ads[1]}</span><div class="wgg-ad" data-slot="bottom-leaderboard"></div></div>
<footer class="wikigg-footer"><ul>${foot.map((t) => `<li><a href="https://wiki.gg/${t.length}">${t}</a></li>`).join('')}</ul>
<p class="wikigg-footer-copy">wiki.gg is not affiliated with the developers of Brinefolk.</p></footer>
<div class="fc-consent-root" role="dialog" aria-modal="true"><h1 class="fc-dialog-headline">${cookie[0]}</h1><p class="fc-dialog-content">${cookie[1]}</p>
<button class="fc-cta-do-not-consent">${cookie[2]}</button><button class="fc-cta-consent">${cookie[3]}</button></div>`,
};
const wikigg: TestPage = {
  name: 'heldout169-wikigg-item',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  headings: [obtH, useH, upH, notesH, trivH, histH],
  // table data cells are body (recipe and upgrades); the portable infobox, navbox, wiki.gg bar, ads, consent dialog (its h1
  // included) and footer are furniture
  body: [...texts(intro), ...texts(obtP), ...recipe, ...texts(obtP2), ...texts(useP), ...upgrades, ...notes, ...trivia, ...history],
  bylines: [shell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(shell).filter((t) => t !== 'Weapons'),
    ...pi.filter((t) => t !== '3'),
    ...navbox.filter((t) => t !== title),
    ...top,
    'Advertisement',
    ...foot,
    'wiki.gg is not affiliated with the developers of Brinefolk.',
    ...cookie,
    'edit',
  ],
};

export const HELDOUT169_E: readonly TestPage[] = [wikigg, stardewVillager];
