import { ps, type TestPage, texts } from './page-kit.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file e2: a Stardew Valley Wiki villager page for an (invented) villager (the villager infobox with
 * birthday, address, family and best gifts, the schedule tables, gift tables with the villager's reaction lines, heart events
 * as h3 sections, the portrait gallery with captions, trivia, the version history, the villagers navbox, the "In other
 * languages" portlet and the legacy Vector chrome).
 */
const page = 'Odile';
const title = 'Odile';
const intro = [
  'Odile is a villager who lives in a small cottage beside the river in Cindersap Forest, south of Marnie’s Ranch. She keeps ' +
    'bees and sells honey at the Saloon on Fridays. Odile moved to the valley after her sister Wren left to study in Zuzu City, ' +
    'and she is slow to warm to newcomers.',
];
const schedH = 'Schedule';
const schedP = [
  'Odile spends most mornings with her hives and most afternoons by the river. On rainy days she stays inside and does not come out ' +
    'at all, so the only way to find her is to knock on her door.',
];
const sched = ['6:00 AM', 'Wakes up and tends the hives behind her cottage.', '11:30 AM', 'Walks to the river bank to fish.', '5:00 PM', 'Returns home.'];
const relH = 'Relationships';
const relP = [
  'Odile is Wren’s older sister and writes to her every week. She is on good terms with Leah, whose art she buys, and she trades ' +
    'honey with Marnie for eggs. She does not get on with Pierre, who once refused to stock her honey in his shop.',
];
const giftH = 'Gifts';
const giftP = ['Odile cannot be given gifts on the day of the Flower Dance, as she does not attend.'];
const loveH = 'Love';
const loveQ = ['“Oh! I could never have made this myself. Thank you, truly.”'];
const loves = ['Honey', 'Pumpkin Soup', 'Sunflower', 'Rainbow Shell'];
const hateH = 'Hate';
const hateQ = ['“Why would you give me this? Please, take it away.”'];
const hates = ['Sugar', 'Bread', 'Any Junk'];
const heartH = 'Heart Events';
const two = 'Two Hearts';
const twoP = [
  'Enter Odile’s cottage when she is home. She is labelling jars and asks whether you can tell the spring honey from the fall ' +
    'honey by taste. Either answer is fine, but saying you cannot tell makes her laugh for the first time.',
];
const six = 'Six Hearts';
const sixP = [
  'Between 8 PM and midnight on a clear day, walk to the river south of her cottage. Odile is reading a letter from Wren by ' +
    'lantern light. If you sit with her she reads part of it aloud, and afterwards she gives you a jar of her best honey.',
];
const trivH = 'Trivia';
const trivia = [
  'Odile is the only villager who does not attend the Flower Dance.',
  'Her hives are visible from the farm’s southern edge on the Forest Farm map.',
  'She has a unique reaction to being given a bee house: “You keep bees too? Then you know how much work it is.”',
];
const histH = 'History';
const history = ['1.6: Introduced.', '1.6.9: Fixed Odile walking through the river fence on Fall 12.'];
const ib = [
  'Information',
  'Birthday',
  'Fall 9',
  'Lives In',
  'Cindersap Forest',
  'Address',
  'Riverside Cottage',
  'Family',
  'Wren (Sister)',
  'Marriage',
  'No',
  'Best Gifts',
];
const portraits = ['Neutral', 'Happy', 'Sad', 'Unique', 'Blush'];
const gallery = 'Portraits';
const navbox = ['Villagers', 'Bachelors', 'Bachelorettes', 'Non-marriage candidates', 'Alex', 'Leah', 'Marnie', 'Pierre'];
const otherLangs = ['Deutsch', 'Español', 'Français', 'Italiano', '日本語', '한국어', 'Magyar', 'Português', 'Русский', 'Türkçe', '中文'];
const hdr = ['Time', 'Location', 'Image', 'Name'];
const giftTable = (items: readonly string[]): string =>
  `<table class="wikitable sortable roundedborder"><tbody><tr><th>${hdr[2]}</th><th>${hdr[3]}</th></tr>
${items
  .map(
    (t) => `<tr><td><img src="/mediawiki/images/${t.replace(/ /g, '_')}.png" alt="${t}" width="24" height="24"></td><td>
<a href="/${t.replace(/ /g, '_')}">${t}</a></td></tr>`,
  )
  .join('\n')}</tbody></table>`;
const content = `<table id="infoboxtable"><tbody><tr><td colspan="2" id="infoboxheader">${title}</td></tr>
<tr><td colspan="2" style="text-align:center"><img alt="Odile.png" src="/mediawiki/images/Odile.png" width="64" height="128"></td></tr>
<tr><td colspan="2" id="infoboxsubheader">${ib[0]}</td></tr>
${[1, 3, 5, 7, 9].map((i) => `<tr><td id="infoboxsection">${ib[i]}</td><td id="infoboxdetail">${ib[i + 1]}</td></tr>`).join('\n')}
<tr><td id="infoboxsection">${ib[11]}</td><td id="infoboxdetail"><span class="nametemplate">
<img alt="Honey.png" src="/mediawiki/images/Honey.png" width="24"> Honey </span><br>
<span class="nametemplate"><img alt="" src="/mediawiki/images/Sunflower.png" width="24"> Sunflower </span></td></tr></tbody></table>
${ps(intro)}
${mwH(2, schedH, page, 1)}
${ps(schedP)}
<div class="wikitable mw-collapsible"><table><tbody><tr><th>${hdr[0]}</th><th>${hdr[1]}</th></tr>
${[0, 2, 4].map((i) => `<tr><td>${sched[i]}</td><td>${sched[i + 1]}</td></tr>`).join('\n')}</tbody></table></div>
${mwH(2, relH, page, 2)}
${ps(relP)}
${mwH(2, giftH, page, 3)}
${ps(giftP)}
${mwH(3, loveH, page, 4)}
<blockquote>${loveQ[0]}</blockquote>
${giftTable(loves)}
${mwH(3, hateH, page, 5)}
<blockquote>${hateQ[0]}</blockquote>
${giftTable(hates)}
${mwH(2, heartH, page, 6)}
${mwH(3, two, page, 7)}
${ps(twoP)}
${mwH(3, six, page, 8)}
${ps(sixP)}
<h2 id="Portraits">${gallery}</h2><ul class="gallery mw-gallery-traditional">
${portraits
  .map(
    (c) => `<li class="gallerybox" style="width: 105px"><div class="thumb" style="width: 100px;">
<img src="/mediawiki/images/Odile_${c}.png" width="64" height="64"></div>
<div class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
${mwH(2, trivH, page, 9)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, histH, page, 10)}
<ul>${history.map((t) => `<li>${t.replace(/^([\d.]+):/, '<a href="/Version_History#$1">$1</a>:')}</li>`).join('\n')}</ul>
<table id="navbox" class="mw-collapsible"><tbody><tr><th colspan="2" id="navboxhead"><a href="/Villagers">${navbox[0]}</a></th></tr>
<tr><td id="navboxgroup">${navbox[1]}</td><td id="navboxlist">${navbox[4]}</td></tr><tr><td id="navboxgroup">${navbox[2]}</td>
<td id="navboxlist">${navbox[5]}</td></tr>
<tr><td id="navboxgroup">${navbox[3]}</td><td id="navboxlist">${navbox[6]} • <strong class="selflink">${title}</strong> • ${navbox[7]}</td></tr></tbody>
</table>`;
const shell: Shell = {
  lang: 'en',
  site: 'Stardew Valley Wiki',
  page: title,
  headExtra: `<link rel="canonical" href="https://stardewvalleywiki.com/${page}">${otherLangs
    .slice(0, 3)
    .map(
      (l, i) => `<link rel="alternate" hreflang="${['de', 'es', 'fr'][i]}" href="https://${['de', 'es', 'fr'][i]}.stardewvalleywiki.com/${page}" title="${l}">`,
    )
    .join('')}
<meta property="og:image" content="https://stardewvalleywiki.com/mediawiki/images/Odile.png">`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Stardew Valley Wiki',
  notice: '',
  personal: ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'Recent changes', 'Random page', 'Stardew Valley Forums', 'Official Discord'] },
    { id: 'p-Game', label: 'Game', items: ['Villagers', 'Crops', 'Fish', 'Bundles', 'Modding'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
    { id: 'p-lang', label: 'In other languages', items: otherLangs },
  ],
  content,
  cats: ['Villagers', 'Non-marriage candidates', 'Cindersap Forest'],
  lastmod: 'This page was last edited on 16 September 2025, at 02:09.',
  copyright:
    'Content is available under <a href="https://creativecommons.org/licenses/by-nc-sa/3.0/">Creative Commons ' +
    'Attribution-NonCommercial-ShareAlike</a> unless otherwise noted.',
  places: ['Privacy policy', 'About Stardew Valley Wiki', 'Disclaimers'],
  tail: '',
};
export const stardewVillager: TestPage = {
  name: 'heldout169-stardewwiki-villager',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  headings: [schedH, relH, giftH, loveH, hateH, heartH, two, six, trivH, histH],
  // schedule and gift table data cells are body, their header cells in neither list; the villager's reaction quotes are
  // body (blockquotes of the article); the "Portraits" gallery heading and captions, the infobox and navbox are furniture
  body: [
    ...texts(intro),
    ...texts(schedP),
    ...sched,
    ...texts(relP),
    ...texts(giftP),
    ...loveQ,
    ...loves,
    ...hateQ,
    ...hates,
    ...texts(twoP),
    ...texts(sixP),
    ...trivia,
    ...history,
  ],
  bylines: [shell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(shell).filter((t) => !['Villagers', 'Non-marriage candidates', 'Cindersap Forest'].includes(t)),
    ...ib.filter((t) => t !== 'Cindersap Forest'),
    gallery,
    ...portraits,
    ...navbox.filter((t) => !['Leah', 'Marnie', 'Pierre'].includes(t)),
    'edit',
  ],
};
