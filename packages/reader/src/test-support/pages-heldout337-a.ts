import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout337-kit.js';
import { publisherPage } from './pages-heldout337-a2.js';

/**
 * Held-out batch 337, file a: a Goodreads-style book page built with Next.js (site header, rating statistics, the
 * book description, genre buttons, the edition details, the "About the author" card, community reviews with like
 * counts, "Readers also enjoyed", the __NEXT_DATA__ script and the footer) and, from file a2, a publisher's book page
 * with an extract.
 */
const gTitle = 'The Salt Orchard';
const gDesc = [
  j(
    'On the flat coast of the Varrow estuary, where the sea comes in twice a day over the fields, the Castell family has grown',
    'apples for four generations in soil that should not bear them. The trees stand on a ridge of clay the old maps call the',
    'Orchard Bank, and every winter the tide climbs a little closer to the roots.',
  ),
  j(
    'When Ottilie Castell comes home after eleven years away to settle her grandmother’s affairs, she expects to sign the',
    'papers, sell the land to the drainage board and leave. Instead she finds a ledger in her grandmother’s hand that records',
    'every tree planted since 1911, and beside some of the entries a second column of names that belong to no one in the family.',
  ),
  j(
    'As the autumn storms gather, Ottilie follows the ledger through the village: to the ferryman who will not speak of the',
    'flood of 1953, to the schoolteacher who keeps a box of pressed blossoms, and to her brother Hal, who has stayed on the',
    'bank and quietly broken every promise he made to their grandmother.',
  ),
  j(
    '<i>The Salt Orchard</i> is a novel about inheritance and about what a place asks of the people who refuse to leave it.',
    'Tender, exact and full of weather, it marks the arrival of a remarkable new voice.',
  ),
];
const gNav = ['Home', 'My Books', 'Browse', 'Community'];
const gGenres = ['Fiction', 'Literary Fiction', 'Historical Fiction', 'Family', 'Contemporary'];
const gReviews: readonly (readonly [string, string, string, string])[] = [
  [
    'Bryony Tallis',
    'April 2, 2025',
    j(
      'I read this in two sittings with the rain going outside and it felt exactly right. The ledger chapters are the best thing',
      'in it. Hal broke my heart.',
    ),
    '212 likes',
  ],
  [
    'Kenji Arbuthnot',
    'March 19, 2025',
    j(
      'Beautiful sentences, slow middle. I wanted more of the ferryman and less of the drainage board meetings, but the last',
      'fifty pages earned every star.',
    ),
    '87 likes',
  ],
];
const gAlso = ['The Lantern Keepers', 'A House Below the Tide', 'Winter Crossing at Harle'];
const gFootCompany = ['About us', 'Careers', 'Terms', 'Privacy', 'Interest Based Ads', 'Ad Preferences', 'Help'];
const gFootWork = ['Advertise', 'Authors & ads blog', 'API'];
const review = ([name, date, text, likes]: readonly [string, string, string, string]): string => `<article class="ReviewCard" aria-label="Review by ${name}">
<div class="ReviewCard__profile"><section class="ReviewerProfile__info"><span class="Text Text__title4"><div class="ReviewerProfile__name">
<a href="/user/show/${name.length}">${name}</a></div></span><span class="Text Text__body3 Text__subdued">14 reviews</span></section></div>
<section class="ReviewCard__content"><section class="ReviewCard__row"><div class="ShelfStatus"><span aria-label="Rating 4 out of 5" role="img"
class="RatingStars RatingStars__small"></span></div><span class="Text Text__body3"><a href="/review/show/${name.length}">${date}</a></span></section>
<section class="ReviewText"><section class="ReviewText__content"><div class="TruncatedContent"><div class="TruncatedContent__text
TruncatedContent__text--large">
<span class="Formatted">${text}</span></div></div></section></section>
<footer class="SocialFooter"><div class="SocialFooter__statsContainer"><span class="Button__labelItem">${likes}</span></div>
<div class="SocialFooter__actionContainer"><button class="Button Button--subdued Button--small"><span class="Button__labelItem">Like</span></button>
<button class="Button Button--subdued Button--small"><span class="Button__labelItem">Comment</span></button></div></footer></section></article>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Salt Orchard by Marisol Fenwick | Shelfmark</title>
<meta name="description" content="On the flat coast of the Varrow estuary, the Castell family has grown apples for four generations in soil that should not
bear them.">
<meta property="og:title" content="The Salt Orchard"><meta property="og:type" content="books.book"><meta property="books:isbn" content="9781990412087">
<link rel="canonical" href="https://www.shelfmark.example/book/show/60412233-the-salt-orchard"><meta name="next-head-count" content="18">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Salt
Orchard","image":"https://images.shelfmark.example/60412233.jpg",
"bookFormat":"Hardcover","numberOfPages":312,"inLanguage":"English","author":[{"@type":"Person","name":"Marisol Fenwick"}],
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.12,"ratingCount":18431,"reviewCount":2604}}</script>
<link rel="preload" href="/_next/static/css/3c9e1b2f0a.css" as="style"><script src="/_next/static/chunks/webpack-5d2e.js" defer></script></head>
<body><div id="__next"><div class="PageFrame PageFrame--siteHeaderBanner"><div class="SiteHeaderBanner">
<span class="Text Text__body3">Discover your next favourite book with personalised picks from the Shelfmark Readers’ Choice.</span>
<a class="Button Button--inline" href="/choiceawards">Vote now</a></div>
<header class="SiteHeader"><div class="SiteHeader__contents"><a class="SiteHeader__logo" href="/" aria-label="Shelfmark Home"></a>
<nav class="SiteHeader__primaryNavigation"><ul class="HeaderPrimaryNav">${links(gNav, 'HeaderPrimaryNav__listItem')}</ul></nav>
<div class="SiteHeader__search"><form role="search"><input type="text" placeholder="Search books" aria-label="Search books"></form></div>
<a class="Button Button--secondary" href="/user/sign_in"><span class="Button__labelItem">Sign In</span></a>
<a class="Button Button--primary" href="/user/sign_up"><span class="Button__labelItem">Join</span></a></div></header>
<main class="PageFrame__main"><div class="BookPage"><div class="BookPage__gridContainer"><div class="BookPage__leftColumn">
<div class="BookCover"><img class="ResponsiveImage" src="https://images.shelfmark.example/60412233.jpg" alt="The Salt Orchard"></div>
<div class="BookActions"><button class="Button Button--wtr Button--block"><span class="Button__labelItem">Want to read</span></button>
<button class="Button Button--buy Button--secondary Button--block"><span class="Button__labelItem">Buy on Kestrel Books</span></button>
<div class="BookRatingStars"><span class="Text Text__body3">Rate this book</span></div></div></div>
<div class="BookPage__rightColumn"><div class="BookPage__mainContent"><div class="BookPageTitleSection"><div class="BookPageTitleSection__title">
<h1 class="Text Text__title1" data-testid="bookTitle" aria-label="Book title: The Salt Orchard">${gTitle}</h1></div></div>
<div class="BookPageMetadataSection"><div class="BookPageMetadataSection__contributor"><h3 class="Text Text__title3 Text__regular"
aria-label="List of contributors"><div class="ContributorLinksList"><span tabindex="-1"><a class="ContributorLink" href="/author/show/918"><span
class="ContributorLink__name" data-testid="name">Marisol Fenwick</span></a></span></div></h3></div>
<div class="BookPageMetadataSection__ratingStats"><a class="RatingStatistics" href="#CommunityReviews"><div class="RatingStatistics__column">
<div class="RatingStatistics__rating">4.12</div></div><div class="RatingStatistics__meta"><span data-testid="ratingsCount">18,431 ratings</span>
<span data-testid="reviewsCount">2,604 reviews</span></div></a></div>
<div class="BookPageMetadataSection__description"><div class="TruncatedContent" tabindex="-1"><div class="TruncatedContent__text TruncatedContent__text--large"
data-testid="description"><div class="DetailsLayoutRightParagraph"><span class="Formatted">${gDesc.join('<br><br>')}</span></div></div>
<div class="TruncatedContent__gradientOverlay"></div><button class="Button Button--tertiary" aria-label="Tap to show more"><span
class="Button__labelItem">Show more</span></button></div></div>
<div class="BookPageMetadataSection__genres"><ul class="CollapsableList" aria-label="Top genres for this book"><span class="BookPageMetadataSection__genreButton
Text Text__body3 Text__subdued">Genres</span>
${gGenres
  .map(
    (g) => `<span class="BookPageMetadataSection__genreButton"><a class="Button Button--tag-inline" href="/genres/${g.length}"><span
class="Button__labelItem">${g}</span></a></span>`,
  )
  .join('\n')}</ul></div>
<div class="FeaturedDetails"><p data-testid="pagesFormat">312 pages, Hardcover</p><p data-testid="publicationInfo">First published March 4, 2025</p></div>
<div class="BookDetails"><button class="Button Button--tertiary"><span class="Button__labelItem">Book details &amp; editions</span></button></div>
</div><div class="PageDivider"><h2 class="Text Text__title3">About the author</h2></div><div class="AuthorPreview"><div class="FeaturedPerson__profile">
<span class="Text Text__title3"><a href="/author/show/918">Marisol Fenwick</a></span><span class="Text Text__body3 Text__subdued">2 books · 1,244
followers</span></div>
<div class="TruncatedContent__text"><span class="Formatted">Marisol Fenwick grew up on a fruit farm near the coast and worked as a tide surveyor before
turning to fiction. She lives in a former pilot’s cottage with her partner and an unreasonable number of apple varieties.</span></div>
<button class="Button Button--secondary Button--small"><span class="Button__labelItem">Follow</span></button></div>
<div class="PageDivider"><h2 class="Text Text__title3">Readers also enjoyed</h2></div><div class="Carousel"><ul>${links(gAlso, 'Carousel__item')}</ul></div>
<div id="CommunityReviews" class="ReviewsSection"><div class="PageDivider"><h2 class="Text Text__title3">Community Reviews</h2></div>
<div class="ReviewsSectionStatistics"><span class="Text Text__body3 Text__subdued">Search review text</span></div>
<div class="ReviewsList">${gReviews.map(review).join('\n')}</div><a class="Button Button--secondary" href="/book/show/60412233/reviews"><span
class="Button__labelItem">More reviews and ratings</span></a></div></div></div></div></div></main>
<footer class="Footer"><div class="Footer__sections"><div class="Footer__section"><h3 class="Text
Text__title3">Company</h3><ul>${links(gFootCompany)}</ul></div>
<div class="Footer__section"><h3 class="Text Text__title3">Work with us</h3><ul>${links(gFootWork)}</ul></div></div>
<div class="Footer__copyright"><span class="Text Text__body3">© 2026 Shelfmark, Inc.</span></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"params":{"book_id":"60412233-the-salt-orchard"},"jwtToken":null}},
"page":"/book/show/[book_id]","query":{"book_id":"60412233-the-salt-orchard"},"buildId":"Xk2r9pLq","isFallback":false,"gssp":true}</script>
</body></html>`;

const goodreads: TestPage = {
  name: 'heldout337-goodreads-book-page-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gDesc),
  bylines: ['Marisol Fenwick'],
  furniture: [
    'Discover your next favourite book with personalised picks from the Shelfmark Readers’ Choice.',
    'Vote now',
    ...gNav,
    'Sign In',
    'Join',
    'Want to read',
    'Buy on Kestrel Books',
    'Rate this book',
    '18,431 ratings',
    '2,604 reviews',
    'Show more',
    'Genres',
    ...gGenres,
    '312 pages, Hardcover',
    'First published March 4, 2025',
    'Book details & editions',
    'About the author',
    '2 books · 1,244 followers',
    j(
      'Marisol Fenwick grew up on a fruit farm near the coast and worked as a tide surveyor before turning to fiction. She lives in a',
      'former pilot’s cottage with her partner and an unreasonable number of apple varieties.',
    ),
    'Readers also enjoyed',
    ...gAlso,
    'Community Reviews',
    'Search review text',
    ...gReviews.flatMap(([name, date, text, likes]) => [name, date, text, likes]),
    'More reviews and ratings',
    'Company',
    ...gFootCompany,
    'Work with us',
    ...gFootWork,
    '© 2026 Shelfmark, Inc.',
  ],
};

export const HELDOUT337_A: readonly TestPage[] = [goodreads, publisherPage];
