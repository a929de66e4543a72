import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file f2: a museum collection object page (site header with Visit / Exhibitions / Art / Learn menus,
 * "Buy tickets", breadcrumbs, image viewer with "Open Access" badge, Download / Share / Enlarge buttons, object title,
 * maker line with nationality and dates, date, the gallery label text, "On view" gallery info, the "Artwork Details"
 * definition list (title, maker, date, geography, medium, dimensions, classification, credit line, accession number), a
 * longer essay with its author, provenance, exhibition history and references tabs, "Related objects" cards, rights
 * statement, membership prompt, footer).
 */
const muTitle = 'Album Quilt with Birds and Grapevines';
const muLabel = [
  'Pieced and appliquéd by Adaline Pruett in the early 1850s, this quilt is made of forty-two blocks, each framed by a narrow red ' +
    'sash. Cardinals, orioles and a single blue heron perch among trailing grapevines, and several blocks carry inked signatures ' +
    'of friends and relatives from the Ohio River towns where Pruett lived.',
  'Album quilts of this kind were often made as gifts, with each block contributed by a different maker. Here, the even stitching ' +
    'throughout suggests that Pruett completed most of the work herself.',
];
const muEssayH = 'A gift for a wedding that did not take place';
const muEssay = [
  'Family letters acquired with the quilt identify it as a wedding present for Pruett’s younger sister, Eliza, who became engaged ' +
    'in 1851 to a riverboat pilot from Cincinnati. The engagement ended the following year, for reasons the letters do not record, ' +
    'and the quilt stayed folded in a cedar chest in the family home at Gallipolis for more than a century.',
  'That long storage explains its remarkable condition. The Turkey red cotton of the sashing, which fades quickly in daylight, ' +
    'is still strong, and the greens of the grape leaves, produced by dyeing fabric first blue and then yellow, have only begun to ' +
    'turn to the blue-grey seen on most quilts of the period.',
  'The birds are unusually naturalistic. Pruett seems to have worked from the hand-coloured plates of a natural history book, ' +
    'and the heron in the centre block matches, almost feather for feather, an engraving published in Philadelphia in 1840.',
  'Several of the inked names have been traced to members of a Methodist congregation in Gallipolis, and two to households that ' +
    'are known to have sheltered people escaping slavery across the Ohio River. Whether the quilt itself carried any meaning ' +
    'for that network is not known, and the museum does not claim that it did.',
];
const muDetails: [string, string][] = [
  ['Title:', muTitle],
  ['Maker:', 'Adaline Pruett (American, 1818–1893)'],
  ['Date:', 'ca. 1852'],
  ['Geography:', 'Made in Gallipolis, Ohio, United States'],
  ['Medium:', 'Cotton, with ink inscriptions'],
  ['Dimensions:', '98 × 96 in. (248.9 × 243.8 cm)'],
  ['Classification:', 'Textiles-Quilts'],
  ['Credit Line:', 'Gift of the Hollis and Marian Pruett Family, 1987'],
  ['Object Number:', '1987.412'],
];
const muNav = ['Visit', 'Exhibitions and Events', 'Art', 'Learn with Us', 'Research', 'Shop'];
const muCrumbs = ['Collection', 'American Wing', 'Textiles'];
const muRelated = [
  ['Friendship Quilt', 'Members of the First Presbyterian Church, Marietta, Ohio', '1849'],
  ['Star of Bethlehem Quilt', 'Unknown maker', 'ca. 1840'],
  ['Sampler Quilt with Eagles', 'Rebecca Hoyt Linden', '1856'],
  ['Coverlet, Birds of Paradise pattern', 'Harry Tyler', '1851'],
];
const muRights = 'Public Domain. This image is in the public domain and may be used without restriction under the museum’s Open Access policy.';
const muFoot = ['About the Museum', 'Press', 'Careers', 'Accessibility', 'Privacy Policy', 'Terms and Conditions', 'Contact Us'];
const muHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${muTitle} | Adaline Pruett | Riverton Museum of Art</title>
<meta name="description" content="${texts([muLabel[0]!])[0]!.slice(0, 150)}"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${muTitle}","dateCreated":"1852",
"creator":{"@type":"Person","name":"Adaline Pruett"},"artMedium":"Cotton","artform":"Quilt","height":"248.9 cm","width":"243.8 cm",
"license":"https://creativecommons.org/publicdomain/zero/1.0/"}</script>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"objectId":48122,"isOnView":true,"galleryNumber":"741"}},"page":"/art/collection/search/[id]"}</script>
</head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to main content</a>
<div class="hours-banner" role="region" aria-label="Museum hours"><p>Open today 10 am–5 pm</p><a href="/visit">Plan your visit</a></div>
<header class="global-header"><a class="global-header__logo" href="/">Riverton Museum of Art</a><nav class="global-header__nav" aria-label="Main">
<ul>${links(muNav, 'global-header__item')}</ul></nav><a class="button button--primary" href="/tickets">Buy tickets</a>
<a class="button" href="/membership">Become a
Member</a><button class="global-header__search" aria-label="Search">Search</button></header>
<main id="main" class="object-page"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(muCrumbs, 'breadcrumbs__item')}</ol></nav>
<section class="artwork__image-viewer"><div class="artwork__image"><img src="https://images.riverton-museum.example/CRDImages/ad/web-large/DP-14220-001.jpg"
alt="A square quilt of forty-two blocks with red borders and appliquéd birds and vines"></div><div class="artwork__image-actions">
<span class="artwork__badge">Open Access</span><button class="artwork__action">Download image</button><button class="artwork__action">Share</button>
<button class="artwork__action">Enlarge</button></div><ol class="artwork__thumbnails">${[1, 2, 3, 4]
  .map((n) => `<li><button aria-label="View image ${n} of 4"><img src="/thumb-${n}.jpg" alt=""></button></li>`)
  .join('')}</ol></section>
<section class="artwork__header"><h1 class="artwork__title">${muTitle}</h1><div class="artwork__tombstone--maker">
<a href="/art/collection/search?q=Adaline+Pruett">Adaline
Pruett</a> <span class="artwork__maker-bio">(American, 1818–1893)</span></div><div class="artwork__tombstone--date">ca. 1852</div></section>
<section class="artwork__intro"><div class="artwork__intro__desc">${ps(muLabel)}</div>
<div class="artwork__location"><span class="artwork__location--status">On view at Riverton Museum of Art in</span> <a href="/galleries/741"
class="artwork__location--gallery">Gallery 741</a></div></section>
<section class="artwork-details" id="artwork-details"><h2 class="artwork-details__title">Artwork Details</h2><dl class="artwork-tombstone">${muDetails
  .map(([k, v]) => `<div class="artwork-tombstone--item"><dt class="artwork-tombstone--label">${k}</dt><dd class="artwork-tombstone--value">${v}</dd></div>`)
  .join('\n')}</dl></section>
<section class="artwork-essay" id="essay"><h2 class="artwork-essay__title">${muEssayH}</h2>
<div class="artwork-essay__body">${ps(muEssay)}</div>
<p class="artwork-essay__author">Essay by Dr. Yolanda Brisbane, Associate Curator, American Decorative Arts</p>
</section>
<section class="artwork-tabs"><div role="tablist"><button role="tab" aria-selected="true">Provenance</button>
<button role="tab" aria-selected="false">Exhibition History
</button><button role="tab" aria-selected="false">References</button></div><div role="tabpanel">
<p>Eliza Pruett, Gallipolis, Ohio (until 1889); by descent in the
family to Hollis and Marian Pruett, Gallipolis (until 1987; gifted to the museum)</p></div></section>
<section class="artwork-rights"><h2 class="artwork-rights__title">Rights and Reproduction</h2><p>${muRights}</p>
<a href="/policies/image-resources">Learn more about
Open Access</a></section>
<section class="related-objects"><h2 class="related-objects__title">Related objects</h2><ul class="related-objects__list">${muRelated
  .map(
    ([t, m, d]) => `<li class="object-card"><a href="/art/collection/search/x"><img src="/thumb.jpg" alt=""><span class="object-card__title">${t}</span>
<span class="object-card__maker">${m}</span><span class="object-card__date">${d}</span></a></li>`,
  )
  .join('\n')}</ul><a class="related-objects__more" href="/art/collection/search?department=American+Wing">See more from the American Wing</a></section>
<aside class="membership-promo"><h2>Members see it first</h2><p>Free admission, exhibition previews and 10% off in the Museum Shop.</p>
<a href="/membership">Join
today</a></aside></main>
<footer class="global-footer"><div class="global-footer__address"><p>Riverton Museum of Art</p><p>400 Front Street, Riverton, OH 45701</p>
<p>Open Tuesday–Sunday,
10 am–5 pm</p></div><ul class="global-footer__links">${links(muFoot)}</ul>
<p class="global-footer__copyright">© 2025 Riverton Museum of Art</p></footer></div>
<script src="/_next/static/chunks/pages/art/collection/search/[id]-8f1c.js" defer></script></body></html>`;
export const museum: TestPage = {
  html: muHtml,
  name: 'heldout17-museum-object',
  kind: 'wiki',
  // the object title is the title; the gallery label paragraphs and the essay are body, the essay's h2 the one heading;
  // the essay author line ("Essay by ...") is the byline; the maker line, date, "On view" location, the Artwork Details
  // list (labels and values: a catalogue record, like a metadata table), image buttons and badge, provenance tabs and
  // text, rights statement, related object cards, membership prompt, hours banner, header, breadcrumbs and footer are
  // furniture; the maker line under the title reads as the Details "Maker:" value and the date line as its "Date:"
  // value: counted once; the Details "Title:" value is the title itself, and the label "Maker:" and the related card date
  // "1851" are words of the body: left out
  title: muTitle,
  headings: [muEssayH],
  body: [...texts(muLabel), ...texts(muEssay)],
  bylines: ['Essay by Dr. Yolanda Brisbane, Associate Curator, American Decorative Arts'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open today 10 am–5 pm', 'Plan your visit', 'Riverton Museum of Art', ...muNav, 'Buy tickets', 'Become a Member', 'Search',
    ...muCrumbs, 'Open Access', 'Download image', 'Share', 'Enlarge', 'On view at Riverton Museum of Art in',
    'Gallery 741', 'Artwork Details', ...muDetails.flatMap(([k, v]) => (k === 'Title:' ? [k] : k === 'Maker:' ? [v] : [k, v])),
    'Provenance', 'Exhibition History', 'References',
    'Eliza Pruett, Gallipolis, Ohio (until 1889); by descent in the family to Hollis and Marian Pruett, Gallipolis (until 1987; gifted to the museum)',
    'Rights and Reproduction', muRights, 'Learn more about Open Access', 'Related objects',
    ...muRelated.flat().filter((t) => t !== '1851'), 'See more from the American Wing',
    'Members see it first', 'Free admission, exhibition previews and 10% off in the Museum Shop.', 'Join today', '400 Front Street, Riverton, OH 45701',
    'Open Tuesday–Sunday, 10 am–5 pm', ...muFoot, '© 2025 Riverton Museum of Art',
  ],
};
