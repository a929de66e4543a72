import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 171, file f2: a Goodreads book page on the current React "BookPage" template as a signed-out visitor saves
 * it (the sign-up banner, the header with "Home", "My Books", "Browse", "Community", search, "Sign In", "Join"; the cover
 * column with "Want to Read", "Buy on Amazon" and "Rate this book"; the h1 and author; the rating stats; the description in
 * its truncated-content block with "Show more"; the genres list; the page count and "First published" line; "Book details
 * & editions"; "About the author"; "Readers also enjoyed"; "Lists with this book"; "Ratings & Reviews" with community
 * reviews; the "Discover & read more" promo and the footer).
 */
const grTitle = 'The Salt Archivist';
const grDesc = [
  'In a drowned city, the past is kept in salt.',
  'Every spring, when the floodwaters of the Verrin Delta draw back, the archivists of Low Carrow go out in flat-bottomed boats ' +
    'to gather what the sea has returned: letters sealed in wax, ledgers, photographs pressed between panes of glass. For two ' +
    'hundred years the Archive has preserved these fragments in great vaults of rock salt, where nothing rots and nothing is ' +
    'forgotten.',
  'Ysolde Marr has spent her whole life among the salt shelves. She knows every drawer and every catalogue number, and she ' +
    'has never once asked what the Archive is for. Then the spring tide brings back a letter addressed to her, in her own ' +
    'handwriting, dated thirty years in the future.',
  'As Ysolde follows the trail of her own words through the flooded districts of Low Carrow, she begins to uncover what the ' +
    'Archive has been hiding: why certain drawers are never opened, why the city’s oldest families pay so much to keep their ' +
    'records sealed, and what happened to the archivist who came before her and walked into the sea one winter morning with ' +
    'her pockets full of salt.',
  'Ysolde is not the only one searching. A young ferryman named Aurel, who has smuggled letters out of the Archive for ' +
    'years, knows far more about the sealed drawers than he admits, and the new Warden of the Archive, a soft-spoken ' +
    'woman from the upper city, seems to know exactly where Ysolde has been every night.',
  'Lyrical, unsettling and deeply humane, The Salt Archivist is a novel about memory and its keepers, about the stories ' +
    'cities choose to forget, and about a woman who must decide whether some truths are better left under the water.',
  '“A luminous, strange and utterly absorbing debut. I could not put it down and I have not stopped thinking about it.” ' +
    '—Corin Ashdown, author of The Lantern Year',
  '“Ferreira-Holt writes like the tide coming in: slowly, then all at once.” —The Marlow Review of Books',
];
const grNav = ['Home', 'My Books', 'Browse', 'Community', 'Sign In', 'Join'];
const grBanner = 'Discover and share books you love on Goodreads.';
const grGenres = ['Genres', 'Fantasy', 'Fiction', 'Magical Realism', 'Literary Fiction', 'Mystery', 'Audiobook', '...more'];
const grAuthorBio =
  'Marisa Ferreira-Holt grew up on the tidal flats of the Essex coast and worked for ten years as a conservator of water-damaged ' +
  'documents. The Salt Archivist is her first novel.';
const grAlso: [string, string][] = [
  ['The Orchard of Lost Clocks', 'Bettany Lusk'],
  ['A Map of Drowned Places', 'Idris Wenham'],
  ['Paper Tide', 'Sun-Hee Calloway'],
];
const grLists = ['Best Books of 2025', 'Fantasy Debuts to Watch', 'Books About Libraries and Archives'];
const grReviews: [string, string, string][] = [
  ['Brontë Bookworm', 'April 12, 2025', 'The atmosphere in this book is unreal. Salt, fog, flooded streets. I wanted to live in the Archive.'],
  ['Tomasz', 'May 3, 2025', 'Beautiful writing but the middle third dragged for me. Three and a half stars rounded up.'],
];
const grFoot: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Terms', 'Privacy', 'Interest Based Ads', 'Ad Preferences', 'Help']],
  ['Work with us', ['Authors', 'Advertise', 'Authors & ads blog']],
  ['Connect', ['Facebook', 'Instagram', 'LinkedIn']],
];
const grHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Salt Archivist by Marisa Ferreira-Holt | Goodreads</title>
<meta name="description" content="In a drowned city, the past is kept in salt. Every spring, when the floodwaters of the Verrin Delta draw back...">
<meta property="og:title" content="The Salt Archivist"><meta property="og:type" content="books.book"><meta property="books:isbn" content="9781990044187">
<meta property="og:site_name" content="Goodreads"><link rel="canonical" href="https://www.goodreads.com/book/show/218833402-the-salt-archivist">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Salt Archivist",
"image":"https://images.gr-assets.example/books/1712.jpg",
"bookFormat":"Hardcover","numberOfPages":352,"inLanguage":"English","isbn":"9781990044187","author":[{"@type":"Person","name":"Marisa Ferreira-Holt",
"url":"https://www.goodreads.com/author/show/51188801.Marisa_Ferreira_Holt"}],"aggregateRating":{"@type":"AggregateRating","ratingValue":4.12,
"ratingCount":18233,"reviewCount":1904}}</script><link rel="stylesheet" href="https://www.goodreads.example/_next/static/css/3e2a9b4.css"></head>
<body><div id="__next"><div class="PageFrame PageFrame--siteHeaderBanner"><div class="SiteHeaderBanner"><span class="SiteHeaderBanner__text">${grBanner}</span>
<a class="Button Button--inline" href="/user/sign_up">Sign up</a></div>
<header class="Header siteHeader" role="banner"><nav class="siteHeader__primaryNavInline" aria-label="Main"><a href="/" aria-label="Goodreads Home"><img
alt=""></a>
<ul class="siteHeader__menuList">${links(grNav.slice(0, 4), 'siteHeader__topLevelItem')}</ul><form class="searchBox"><input aria-label="Search books"
placeholder="Search books"></form><ul class="siteHeader__personal">${links(grNav.slice(4), 'siteHeader__topLevelItem')}</ul></nav></header>
<main class="PageFrame__main"><div class="BookPage" itemscope><div class="BookPage__gridContainer"><div class="BookPage__leftColumn">
<div class="BookPage__bookCover"><div class="BookCover"><img class="ResponsiveImage" alt="The Salt Archivist" role="presentation"></div></div>
<div class="BookActions"><div class="BookActions__button"><button class="Button Button--buy Button--primary"><span class="Button__labelItem">Want to
Read</span></button>
</div><div class="BookActions__button"><button class="Button Button--buy Button--secondary"><span class="Button__labelItem">Buy on Amazon</span></button></div>
<div class="BookRatingStars"><span class="Text Text__body3">Rate this book</span></div></div></div>
<div class="BookPage__rightColumn"><div class="BookPage__mainContent"><div class="BookPageTitleSection"><div class="BookPageTitleSection__title">
<h1 class="Text Text__title1" data-testid="bookTitle" aria-label="Book title: The Salt Archivist">${grTitle}</h1></div></div>
<div class="BookPageMetadataSection"><div class="BookPageMetadataSection__contributor"><h3 class="Text Text__title3 Text__regular"
aria-label="List of contributors">
<div class="ContributorLinksList"><span tabindex="-1"><a class="ContributorLink" href="/author/show/51188801"><span class="ContributorLink__name"
data-testid="name">Marisa Ferreira-Holt</span></a></span></div></h3></div>
<div class="BookPageMetadataSection__ratingStats"><a class="RatingStatistics" href="#CommunityReviews"><div class="RatingStatistics__column">
<div class="RatingStatistics__rating" aria-hidden="true">4.12</div></div><div class="RatingStatistics__meta"><span data-testid="ratingsCount">18,233
ratings</span>
<span data-testid="reviewsCount">1,904 reviews</span></div></a></div>
<div class="BookPageMetadataSection__description" data-testid="description"><div class="TruncatedContent" tabindex="-1"><div class="TruncatedContent__text
TruncatedContent__text--large" data-testid="contentContainer"><div class="DetailsLayoutRightParagraph"><div
class="DetailsLayoutRightParagraph__widthConstrained">
<span class="Formatted">${grDesc.map((p, i) => (i === 0 ? `<b>${p}</b>` : p)).join('<br><br>\n')}</span></div></div></div>
<div class="TruncatedContent__gradientOverlay"></div><div class="Button__container"><button class="Button Button--tertiary Button--medium"
aria-label="Tap to show more">
<span class="Button__labelItem">Show more</span></button></div></div></div>
<div class="BookPageMetadataSection__genres" data-testid="genresList"><ul class="CollapsableList" aria-label="Top genres for this book">
${grGenres
  .map((g, i) =>
    i === 0
      ? `<span class="BookPageMetadataSection__genreLabel">${g}</span>`
      : `<span class="BookPageMetadataSection__genreButton">
<a class="Button Button--tag Button--medium" href="/genres/${g.length}"><span class="Button__labelItem">${g}</span></a></span>`,
  )
  .join('\n')}</ul></div>
<div class="FeaturedDetails"><p data-testid="pagesFormat">352 pages, Hardcover</p><p data-testid="publicationInfo">First published April 8, 2025</p></div>
<div class="BookDetails"><button class="Button Button--tertiary" aria-label="Book details and editions"><span class="Button__labelItem">Book details &amp;
editions</span>
</button></div></div>
<div class="PageSection"><div class="AuthorPreview"><h2 class="Text Text__title2">About the author</h2><div class="FeaturedPerson">
<a href="/author/show/51188801"><span class="Text Text__title3">Marisa Ferreira-Holt</span></a><span class="Text Text__body3">1 book</span>
<span class="Text Text__body3">412 followers</span><button class="Button Button--secondary">Follow</button></div>
<div class="TruncatedContent"><span class="Formatted">${grAuthorBio}</span></div></div></div>
<div class="PageSection"><h2 class="Text Text__title2">Readers also enjoyed</h2><div class="Carousel">${grAlso
  .map(
    ([t, a]) => `<div class="BookCard"><a href="/book/${t.length}">
<div class="BookCard__title">${t}</div><div class="BookCard__authorName">${a}</div></a></div>`,
  )
  .join('\n')}</div></div>
<div class="PageSection"><h2 class="Text Text__title2">Lists with this book</h2><ul>${links(grLists)}</ul></div>
<div class="PageSection" id="CommunityReviews"><h2 class="Text Text__title2">Ratings &amp; Reviews</h2><div class="WriteReviewCTA"><h3>What do you think?</h3>
<p>Rate this book</p><button class="Button">Write a Review</button></div><h3 class="Text Text__title3">Community Reviews</h3>
<div class="ReviewsList">${grReviews
  .map(
    ([n, d, t]) => `<article class="ReviewCard"><div class="ReviewerProfile__name"><a href="/user/${n.length}">${n}</a></div>
<section class="ReviewCard__row"><span class="Text Text__body3"><a href="/review/${n.length}">${d}</a></span></section>
<section class="ReviewText"><span class="Formatted">${t}</span></section><footer
class="SocialFooter"><button>Like</button><button>Comment</button></footer></article>`,
  )
  .join('\n')}
</div><a class="Button Button--secondary" href="/book/show/218833402/reviews">More reviews and ratings</a></div></div></div></div></div>
<div class="DiscoverPromo"><h2>Discover &amp; read more</h2><p>Sign up to get better recommendations with a more personalized feed.</p>
<a class="Button Button--primary" href="/user/sign_up">Continue with Email</a></div></main>
<footer class="Footer"><div class="Footer__columns">${grFoot.map(([h, l]) => `<div><h3>${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}</div>
<p class="Footer__copyright">© 2025 Goodreads, Inc.</p><a href="/mobile">Mobile version</a></footer></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"params":{"book_id":"218833402-the-salt-archivist"}}},"page":"/book/show/[book_id]"}</script>
</body></html>`;
export const goodreadsPage: TestPage = {
  html: grHtml,
  name: 'heldout171-goodreads-book-description',
  kind: 'blog',
  // the description (the <br><br>-separated chunks of the Formatted span, with its praise quotes) is the body; the author
  // name under the title and the "First published" line are bylines; the page count/format line, rating stats, genres,
  // buttons, the author box, rails, lists, community reviews, promo and footer are furniture
  title: grTitle,
  headings: [],
  body: texts(grDesc),
  bylines: ['Marisa Ferreira-Holt', 'First published April 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    grBanner, 'Sign up', ...grNav, 'Want to Read', 'Buy on Amazon', 'Rate this book', '4.12', '18,233 ratings', '1,904 reviews', 'Show more', ...grGenres,
    '352 pages, Hardcover', 'Book details & editions', 'About the author', '1 book', '412 followers', 'Follow', grAuthorBio, 'Readers also enjoyed',
    ...grAlso.flat(), 'Lists with this book', ...grLists, 'Ratings & Reviews', 'What do you think?', 'Write a Review', 'Community Reviews',
    ...grReviews.flat(), 'Like', 'Comment', 'More reviews and ratings', 'Discover & read more',
    'Sign up to get better recommendations with a more personalized feed.', 'Continue with Email', ...grFoot.flatMap(([h, l]) => [h, ...l]),
    '© 2025 Goodreads, Inc.', 'Mobile version',
  ])],
};
