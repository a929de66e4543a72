import { links, type TestPage, texts } from './page-kit.js';
import { soundcloud } from './pages-heldout51-b2.js';

/**
 * Held-out batch 51, file b: a Behance project page as a logged-out visitor saves it in 2025 (the global header, the
 * project's owner strip with "Follow" and "Hire", the module column of images with captions and rich-text modules carrying
 * the case study with its bold subheads, the appreciate bar, project info with stats and the published date, tools, creative
 * fields and tags, the comment list with its sign-up prompt, "More by" rail, the Adobe footer and the cookie notice).
 */
const bhTitle = 'Tidewater Ferries — Brand Identity & Wayfinding';
const bhOwners = ['Studio Halden', 'Jonas Reuter'];
const bhIntro = [
  'Tidewater Ferries runs six small passenger boats between the islands of the Lower Firth, carrying about four hundred ' +
    'thousand people a year. When the operator moved from a private company to a community trust in 2024, it asked us for a ' +
    'new identity that islanders would feel belonged to them, and for a signage system that would work at piers with no staff ' +
    'and very little power.',
];
const bhH1 = 'The brief';
const bhBrief = [
  'The old livery was a corporate blue with a swoosh that nobody could describe. The trust wanted something calmer and more ' +
    'local, but the real problem was at the piers: timetables printed on A4 paper, taped inside bus shelters, curling in the rain.',
  'We spent two weeks riding every route and talking to passengers, skippers and the people who open the waiting rooms in the ' +
    'morning. Almost everyone mentioned the same thing: they wanted to know, from a distance, whether the next boat was theirs.',
];
const bhH2 = 'A symbol from the tide tables';
const bhSymbol = [
  'The mark is drawn from the curve of a tide chart, two crossing waves that also read as a T and an F. It is built on a ' +
    'simple grid so that it can be cut from sheet aluminium by the island’s own fabricator without any special tooling.',
  'Each route has its own colour taken from the islands’ landscape: bracken, kelp, slate, harebell, lichen and gorse. The ' +
    'colours appear on the boats’ bows, on the pier signs and on the tickets, so a passenger who knows only “the green boat” ' +
    'can still find their way.',
];
const bhH3 = 'Signs you can read from the water';
const bhSigns = [
  'The pier signs are large enamel panels with the route colour, the destination in a condensed typeface and the next three ' +
    'departures on a small e-paper strip that runs for a year on a single battery.',
  'We tested the panels from the deck of a moving boat at thirty, sixty and ninety metres, and adjusted the letter heights ' +
    'until a skipper could read them from the wheelhouse. The first four piers were fitted in September, and the rest follow ' +
    'next spring.',
];
const bhCaptions = ['The symbol on the bow of the MV Harebell', 'Route colours, drawn from the islands', 'Enamel pier sign with e-paper departures strip'];
interface BhComment {
  who: string;
  when: string;
  text: string;
}
const bhComments: BhComment[] = [
  {
    who: 'Marta Cieślak',
    when: '2 weeks ago',
    text: 'Testing the signs from a moving boat is such a good detail. The route colours are beautiful and they actually mean something.',
  },
  {
    who: 'Dev Okonjo',
    when: '1 week ago',
    text: 'Really thoughtful work. Would love to hear more about the e-paper strip and how the departures get updated out there.',
  },
  {
    who: 'Jonas Reuter',
    when: '6 days ago',
    text: 'Thanks Dev! They update over a low-power radio link from the harbour office, once every ten minutes.',
  },
];
const bhNav = ['For You', 'Explore', 'Assets', 'Jobs', 'Hire Freelancers', 'Behance Pro'];
const bhTools = ['Adobe Illustrator', 'Adobe InDesign', 'Adobe Photoshop', 'Glyphs'];
const bhFields = ['Branding', 'Graphic Design', 'Wayfinding'];
const bhTags = ['ferry', 'signage', 'identity', 'transport', 'maritime', 'Scotland', 'pictograms', 'community'];
const bhMore = ['Northmoor Library — Signage System', 'Kiln & Co. Pottery — Packaging', 'Halden Type Specimen 2025', 'Isle Bus Timetables'];
const bhFoot = ['More Behance', 'English', 'TOU', 'Privacy', 'Community', 'Cookie preferences', 'Do not sell or share my personal information'];
const amp = (s: string): string => s.replace(/&/g, '&amp;');
const bhText = (h: string | null, ps: string[]): string => `<div class="Project-projectModuleContainer-BtF" data-module-type="text">
<div class="ProjectModule-module-Gkk rich-text"><div class="main-text">${
  h === null
    ? ''
    : `<div><span style="font-weight:bold;font-size:22px">${h}</span>
</div>`
}
${ps.map((p) => `<div><span style="font-size:16px">${p}</span></div><div><br></div>`).join('\n')}</div></div></div>`;
const bhImg = (cap: string, n: number): string => `<div class="Project-projectModuleContainer-BtF" data-module-type="image">
<div class="ImageElement-root-kir ImageElement-loaded-icR"><picture><img class="ImageElement-image-SRv" loading="lazy" alt=""
 src="https://mir-s3-cdn-cf.behance.net/project_modules/1400/8f2a1c${n}_tidewater.png"></picture></div>
<div class="ImageElement-caption-ldK"><div class="main-text">${cap}</div></div></div>`;
const bhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${amp(bhTitle)} :: Behance</title>
<meta property="og:title" content="${amp(bhTitle)}"><meta name="description" content="${bhIntro[0]!.slice(0, 140)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${amp(bhTitle)}",
"creator":[{"@type":"Organization","name":"Studio Halden"},{"@type":"Person","name":"Jonas Reuter"}],"dateCreated":"2025-11-12"}</script>
<style>.Project-projectModuleContainer-BtF{max-width:1400px;margin:0 auto}</style></head>
<body class="logged-out"><div id="app"><header class="PrimaryNav-root-hPF" role="banner"><a class="PrimaryNav-logo-Dfz" href="/"
 aria-label="Behance">Behance</a><nav><ul class="PrimaryNav-links-rXa">${links(bhNav, 'PrimaryNav-link-ZHE')}</ul></nav>
<div class="PrimaryNav-search-AAn"><input type="search" placeholder="Search Behance" aria-label="Search Behance"></div>
<a class="PrimaryNav-login-sYu" href="/login">Log In</a><a class="Btn-button-CqT Btn-primary-x9e" href="/signup">Sign Up</a></header>
<main id="project-canvas" class="Project-root-lfz"><div class="ProjectHeader-root-a0V"><h1 class="ProjectHeader-title-qqG">${amp(bhTitle)}</h1>
<div class="Owners-root-RFL"><span class="Owners-label-BkA">Multiple Owners</span>${bhOwners
  .map((o) => `<div class="Owners-owner-EEG"><a class="Owners-ownerLink-b3F" href="/${o.replace(/ /g, '').toLowerCase()}">${o}</a></div>`)
  .join('')}<button class="Follow-button-Xtm">Follow</button><button class="HireMe-button-k1d">Hire</button></div></div>
<div class="Project-projectModules-uo9">
${bhText(null, bhIntro)}
${bhImg(bhCaptions[0]!, 1)}
${bhText(bhH1, bhBrief)}
${bhText(bhH2, bhSymbol)}
${bhImg(bhCaptions[1]!, 2)}
${bhText(bhH3, bhSigns)}
${bhImg(bhCaptions[2]!, 3)}
<div class="Project-projectModuleContainer-BtF" data-module-type="text"><div class="rich-text"><div class="main-text">
<div><span style="font-size:13px">Client: Tidewater Ferries Community Trust · Photography: Aili Voss · Signs fabricated by Firth Metalworks</span></div>
</div></div></div>
</div>
<div class="Appreciate-root-PaV"><button class="Appreciate-button-E7P" aria-label="Appreciate project">Appreciate</button>
<p class="Appreciate-title-J4c">${amp(bhTitle)}</p><div class="Appreciate-actions-hAN"><button>Save</button><button>Share</button></div></div>
<div class="ProjectInfo-root-Pxp"><div class="ProjectInfo-owners-FnD">${bhOwners.map((o) => `<span class="ProjectInfo-owner-b0x">${o}</span>`).join('')}</div>
<ul class="ProjectInfo-stats-bvr"><li title="Project Appreciations"><span>1,482</span></li><li title="Project Views"><span>12,903</span></li>
<li title="Project Comments"><span>${bhComments.length}</span></li></ul>
<div class="ProjectInfo-published-rBc">Published: November 12th 2025</div>
<section class="ProjectTools-root-xkC"><h3>Tools</h3><ul>${links(bhTools, 'ProjectTools-tool-YqL')}</ul></section>
<section class="ProjectFields-root-pYb"><h3>Creative Fields</h3><ul>${links(bhFields)}</ul></section>
<section class="ProjectTags-root-E1E"><ul>${links(bhTags, 'ProjectTags-tag-HcC')}</ul></section>
<a class="ProjectInfo-report-Ugb" href="/report">Report</a></div>
<section class="ProjectComments-root-tZw"><h2>Comments</h2><div class="ProjectComments-signin-oRp">
<p>Sign up or Log in to join the conversation.</p></div><ul class="ProjectComments-list-xRk">
${bhComments
  .map(
    (c) => `<li class="ProjectComment-root-cPm"><a class="ProjectComment-user-A19" href="#">${c.who}</a>
<span class="ProjectComment-date-sbO">${c.when}</span><p class="ProjectComment-text-Yo2">${c.text}</p></li>`,
  )
  .join('\n')}</ul></section>
<section class="MoreFromOwner-root-iM4"><h2>More by ${bhOwners[0]}</h2><ul>${links(bhMore, 'MoreFromOwner-item-c1Y')}</ul></section></main>
<footer class="Footer-root-bJr"><ul>${links(bhFoot)}</ul><p class="Footer-adobe-Ab1">Part of the Adobe Family</p></footer>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie notice"><p>Adobe and its partners use cookies to improve your experience,
 measure site traffic and show you relevant content.</p><button>Enable all</button><button>Don’t enable</button></div></div></body></html>`;
const behance: TestPage = {
  html: bhHtml,
  name: 'heldout51-behance-project',
  kind: 'blog',
  // the rich-text modules are the case study: the intro and the paragraphs under the three bold subheads are body, the
  // subheads (styled spans, not h tags) the headings; the small-print credits module (client, photographer, fabricator) and
  // the image captions are furniture; the comments are body, as on the other social pages of the batch, with the commenters
  // and their dates bylines; the owners' names (strip and project info) are bylines, as is the published date; the title
  // repeated in the appreciate bar, "Multiple Owners", follow/hire, stats, tools, creative fields, tags, "Report", the
  // sign-up prompt, "More by", header, footer and cookie notice are furniture; "Follow" (body: "the rest follow"), the tags
  // "signage", "identity" and "community" (a footer link too) and "Wayfinding" (a creative field) are words of the title or
  // body: left out
  title: bhTitle,
  headings: [bhH1, bhH2, bhH3],
  body: [...texts(bhIntro), ...texts(bhBrief), ...texts(bhSymbol), ...texts(bhSigns), ...bhComments.map((c) => c.text)],
  bylines: [...bhOwners, 'Published: November 12th 2025', 'Marta Cieślak', 'Dev Okonjo', '2 weeks ago', '1 week ago', '6 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Behance', ...bhNav, 'Log In', 'Sign Up', 'Multiple Owners', 'Hire', ...bhCaptions,
    'Client: Tidewater Ferries Community Trust · Photography: Aili Voss · Signs fabricated by Firth Metalworks', 'Appreciate', 'Save', 'Share',
    '1,482', '12,903', 'Tools', ...bhTools, 'Creative Fields', ...bhFields.slice(0, 2),
    ...bhTags.filter((t) => !['signage', 'identity', 'community'].includes(t)), 'Report',
    'Comments', 'Sign up or Log in to join the conversation.', `More by ${bhOwners[0]}`, ...bhMore,
    ...bhFoot.filter((t) => t !== 'Community'), 'Part of the Adobe Family',
    'Adobe and its partners use cookies to improve your experience, measure site traffic and show you relevant content.', 'Enable all', 'Don’t enable',
  ],
};

export const HELDOUT51_B: readonly TestPage[] = [behance, soundcloud];
