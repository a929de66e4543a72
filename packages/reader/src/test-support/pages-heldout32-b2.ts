import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file b2: a New Yorker piece on Condé Nast's Verso template (nav with "The Latest" and "Newsletters",
 * the rubric, hed, dek, byline and date, "Save this story" and a "Listen" audio button with its narrator line, the lead
 * illustration credit, a drop-cap opening, body chunks with a section break, an embedded cartoon with its caption, credit,
 * "Copy link to cartoon" and "Shop" links, the ♦ end mark, the issue line ("Published in the print edition of the ...
 * issue, with the headline ..."), the contributor bio, "New Yorker Favorites", "Read More" cards, the daily newsletter box,
 * the footer and JSON-LD).
 */
const nyRubric = 'Our Local Correspondents';
const nyTitle = 'The Keeper of Lost Things';
const nyDek = 'For thirty-one years, Rosalind Eke has run the lost-property office of a city transit system. She has opinions about what we leave behind.';
const nyBody1 = [
  'The lost-property office of the Harbor City Transit Authority occupies a windowless basement under the Fenwick Street station, ' +
    'behind a steel door painted the green of old hospital corridors. On a Tuesday morning in December, its shelves held four ' +
    'hundred and twelve umbrellas, sixty-three single gloves, a tuba, a box of live crickets intended for a pet lizard, and a ' +
    'wedding dress in a garment bag, tagged “Line 4, rear car, Saturday.”',
  '“The dress will be collected,” Rosalind Eke told me, with the confidence of someone who has seen most things come back. ' +
    '“The gloves will not. Nobody comes back for one glove. They just buy new gloves and feel bad about it.”',
  'Eke, who is sixty-four, has managed the office since 1994. She is small and precise, wears reading glasses on a beaded chain, ' +
    'and speaks about the objects in her care the way a kennel owner might speak about dogs: fondly, but without illusions. She ' +
    'keeps a ledger in her own hand, alongside the authority’s database, because, she says, “computers forget, and I don’t.”',
];
const nyBody2 = [
  'Things arrive at the office in canvas sacks, twice a day, from the ends of the lines. Each item is logged, tagged and shelved ' +
    'by type, and held for ninety days; after that, clothing goes to a shelter on Alder Avenue, books to the public library’s ' +
    'sale, and electronics, wiped, to a charity that gives them to students. Eke keeps a short list of exceptions. Anything ' +
    'handwritten, she holds for a year.',
  'The handwritten things are the ones she remembers. There was a notebook of recipes, in Portuguese, collected after fourteen ' +
    'months by a man who had given up hope and cried at the counter. There was a shoebox of letters from the Second World War, ' +
    'which nobody claimed, and which she eventually gave to the city archive. There was a child’s drawing of a train, addressed ' +
    '“To the driver,” which she delivered herself.',
  'I asked whether the job had changed since phones arrived. She thought about it. People lose fewer books now, she said, and ' +
    'more chargers. But they also come looking sooner, because they can check the online form from the platform. “Before, people ' +
    'grieved,” she said. “Now they file a ticket.”',
  'Near the end of my visit, a young woman came to the window and asked, without much hope, about a green scarf lost on Line 2 ' +
    'in October. Eke disappeared into the shelves and came back with it folded over her arm. The woman put it on at once. Eke ' +
    'watched her go, then made a small mark in the ledger.',
  '“That’s the job,” she said. “Most days it’s umbrellas. Then once in a while it’s that.”',
];
const nyCartoon = '“I’m sure it’s here somewhere. Do you remember roughly which decade you lost it?”';
const nyNav = ['The Latest', 'News', 'Books & Culture', 'Fiction & Poetry', 'Humor & Cartoons', 'Magazine', 'Puzzles & Games', 'Video', 'Podcasts'];
const nyFavs = ['The Case for Walking Everywhere', 'What the Night-Shift Bakers Know', 'A Cartoonist’s Year in Sketches'];
const nyMore = ['The Man Who Counts the City’s Pigeons', 'Inside the Last Typewriter Repair Shop in Town', 'Why We Keep Old Keys'];
const nyFoot = ['About', 'Careers', 'Contact', 'F.A.Q.', 'Media Kit', 'Press', 'Accessibility Help', 'User Agreement', 'Privacy Policy'];
const nyIssue = `Published in the print edition of the February 9, 2026, issue, with the headline “${nyTitle}.”`;
const nyBio =
  'Miriam Achterberg has contributed to The New Yorker since 2017. Her book “Small Hours,” about people who work at night, ' + 'was published in 2024.';
const nyLegal =
  '© 2026 Condé Nast. All rights reserved. The New Yorker may earn a portion of sales from products that are purchased through our site ' +
  'as part of our Affiliate Partnerships with retailers.';
const nyChunk = (ps: readonly string[], first = false): string =>
  `<div class="body__inner-container">${ps
    .map((p, i) => `<p${first && i === 0 ? ' class="has-dropcap has-dropcap__lead-standard-heading"' : ''}>${p}</p>`)
    .join('\n')}</div>`;
const nyHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${nyTitle} | The New Yorker</title>
<meta name="description" content="${nyDek}"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${nyTitle}","author":[{"@type":"Person","name":"Miriam Achterberg"}],"datePublished":"2026-02-02T06:00:00.000-05:00",
"articleSection":"our local correspondents","isPartOf":{"@type":["CreativeWork","Product"],"name":"The New Yorker"}}</script></head>
<body><div id="app-root"><header class="StackedNavigationWrapper-dDkDUr"><a href="/" aria-label="The New Yorker"><svg></svg></a>
<nav aria-label="primary"><ul>${links(nyNav, 'NavigationListItem-fVgaWr')}</ul></nav><a href="/newsletters">Newsletters</a>
<a href="/auth/initiate">Sign In</a><a class="SubscribeLink-jGdCOt" href="/subscribe">Subscribe</a></header>
<main id="main-content"><article class="article main-content">
<header class="ContentHeaderWrapper-bRqBAU" data-testid="ContentHeaderContainer"><div class="RubricWrapper-dKmCNX">
<a class="RubricLink-hkvWgO" href="/magazine/our-local-correspondents"><span class="RubricName-fVtemz">${nyRubric}</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${nyTitle}</h1>
<div class="ContentHeaderDek-bIqFFZ">${nyDek}</div>
<div class="BylinesWrapper-KIudk"><span class="BylineNamesWrapper-jbHncn">By <a class="BylineLink-gEnFiw" href="/contributors/miriam-achterberg">Miriam
Achterberg</a></span></div><time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-cuEHsL">February 2, 2026</time>
<div class="ActionBarWrapperContent-dQfQQD"><button data-testid="SaveStoryButton">Save this story</button>
<button class="AudioButton-kdXqUc" aria-label="Listen to this story"><span>Listen</span><span class="AudioDuration">18 min</span></button>
<p class="AudioNarratorLine" hidden>Narrated by Joan Whitfield</p></div>
<figure class="AssetEmbedWrapper-kQjcXL"><img alt="" src="https://media.newyorker.com/photos/lost-property.jpg">
<span class="BaseText-ewhhUZ CaptionCredit-ejegBP">Illustration by Bianca Sorensen</span></figure></header>
<div class="article__chunks"><div class="BodyWrapper-kufPGa body body__container article__body">
${nyChunk(nyBody1, true)}
<figure class="CartoonEmbedWrapper-cRLTIB" data-testid="cartoon"><img alt="Cartoon" src="https://media.newyorker.com/cartoons/lost.jpg">
<figcaption><span class="BaseText-ewhhUZ CaptionText-iRQjHo">${nyCartoon}</span><span class="CaptionCredit-ejegBP">Cartoon by Tomás Lindqvist</span>
<a href="/cartoons/daily-cartoon/copy">Copy link to cartoon</a><a href="/cartoons/daily-cartoon/copied" hidden>Link copied</a>
<a href="https://condenaststore.com/featured/lost">Shop</a></figcaption></figure>
<hr class="section-break">
${nyChunk(nyBody2.slice(0, 4))}
<div class="ad ad--in-content"><span>Advertisement</span></div>
<div class="body__inner-container"><p>${nyBody2[4]}<span class="end-mark"> ♦</span></p></div></div></div>
<p class="ContentFooterIssue-tvzzx">${nyIssue}</p>
<div class="ContributorBioWrapper-bExkhS"><a href="/contributors/miriam-achterberg">Miriam Achterberg</a><p class="ContributorBio">${nyBio}</p></div>
</article><section data-testid="RecircFavorites"><h2>New Yorker Favorites</h2><ul>${links(nyFavs)}</ul></section>
<section data-testid="RelatedContent"><h2>Read More</h2><ul>${links(nyMore)}</ul></section>
<aside class="NewsletterSubscribeFormWrapper-kSmQgK"><h3>Sign up for our daily newsletter</h3>
<p>Receive the best of The New Yorker, every day, in your in-box, plus occasional alerts when new cartoons are published.</p>
<input type="email" placeholder="E-mail address"><button>Sign up</button>
<p class="NewsletterSubscribeFormDisclaimer">By signing up, you agree to our User Agreement and Privacy Policy &amp; Cookie Statement.</p></aside></main>
<footer class="FooterWrapper-ecXkyk"><ul>${links(nyFoot)}</ul><p>${nyLegal}</p></footer></div></body></html>`;
export const newYorkerPiece: TestPage = {
  html: nyHtml,
  name: 'heldout32-new-yorker-piece',
  kind: 'news',
  // the dek is body; the piece has a section break but no section heads (headings empty); the last paragraph keeps its ♦
  // (no word); the name and date are bylines, and so is the contributor bio with its name link (an author line: the name is
  // kept once); the rubric, "Save this story", the "Listen" button with its length and hidden narrator line, the illustration
  // credit, the cartoon's caption, credit and links, the ad label, the issue line (the print edition's line, not the piece's
  // text), "New Yorker Favorites", "Read More", the newsletter box, nav and footer are furniture; "Shop", "News" and the
  // "Link copied" tooltip are kept (not words of the piece), the footer's "About" is left out (a word of the body)
  title: nyTitle,
  headings: [],
  body: [nyDek, ...texts(nyBody1), ...texts(nyBody2)],
  bylines: ['Miriam Achterberg', 'February 2, 2026', nyBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nyNav, 'Newsletters', 'Sign In', 'Subscribe', nyRubric, 'Save this story', 'Listen', '18 min', 'Narrated by Joan Whitfield',
    'Illustration by Bianca Sorensen', nyCartoon, 'Cartoon by Tomás Lindqvist', 'Copy link to cartoon', 'Link copied', 'Shop', 'Advertisement', nyIssue,
    'New Yorker Favorites', ...nyFavs, 'Read More', ...nyMore, 'Sign up for our daily newsletter',
    'Receive the best of The New Yorker, every day, in your in-box, plus occasional alerts when new cartoons are published.',
    'By signing up, you agree to our User Agreement and Privacy Policy & Cookie Statement.', ...nyFoot.filter((t) => t !== 'About'), nyLegal,
  ],
};
