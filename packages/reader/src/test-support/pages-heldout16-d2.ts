import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 16, file d2: a Goodreads-style book page (React markup with BookPage__ / Text__ classes and data-testid,
 * cover column with "Want to Read" and "Rate this book", series line, contributor link, rating statistics, the description
 * as one Formatted span with <br><br> breaks and "Show more", genre tags, edition details, "About the author", "Readers also
 * enjoyed", "Ratings & Reviews" with the star histogram and review cards with reviewer stats, stars, date, likes, comments).
 */
const grTitle = 'The Ferryman’s Ledger';
const grDesc = [
  'In the winter of 1911, the ferry between Saltmarsh Quay and the island of Holm stops running, and Ada Penhallow, who has ' +
    'kept its accounts for twenty years, is told she is no longer needed.',
  'But the ledger she takes home records more than fares. Between the columns of pennies and shillings are the names of ' +
    'passengers who crossed and never came back, a debt that no one on the island will speak of, and a payment made every ' +
    'quarter by someone who signs only with the letter W.',
  'As the marsh floods and the island is cut off, Ada sets out to balance the last account, and discovers how much her ' +
    'quiet town has been willing to forget to keep its ferry running.',
  'From the author of the acclaimed The Lamplighter’s Daughter comes a haunting story of debts, silence and the ' + 'tides that carry both away.',
];
const grReviews = [
  {
    who: 'Theo Marsh',
    meta: ['212 reviews', '1,804 followers'],
    stars: 'Rating 4 out of 5',
    date: 'April 21, 2025',
    text: [
      'I read this in two sittings, the second one by torchlight during a power cut, which felt appropriate. Hale is brilliant ' +
        'on the texture of small-town life: who owes whom, who is watching from which window, what goes unsaid at the chapel door.',
      'The ledger device could have been a gimmick, but the way Ada reads the entries, and misreads them, carries most of the ' +
        'tension. I only wish the final chapter had trusted the reader a little more.',
    ],
    social: ['38 likes', '3 comments'],
  },
  {
    who: 'Priyanka',
    meta: ['1,047 reviews', '9,310 followers'],
    stars: 'Rating 5 out of 5',
    date: 'May 2, 2025',
    text: [
      'Ada Penhallow is the best heroine I have met this year: prickly, funny, stubborn and very good at arithmetic. The ' +
        'marsh is practically a character of its own, and the flood sequence in the middle third had my heart in my mouth.',
    ],
    social: ['112 likes', '14 comments'],
  },
  {
    who: 'Gwen R.',
    meta: ['58 reviews', '41 followers'],
    stars: 'Rating 2 out of 5',
    date: 'April 30, 2025',
    text: [
      'Beautifully written but so slow. It took nearly two hundred pages for the mystery of the payments to matter, and by then ' +
        'I had guessed who W was. Readers who loved the atmosphere of the first book will be happier than I was.',
    ],
    social: ['9 likes', '0 comments'],
  },
];
const grGenres = ['Historical Fiction', 'Mystery', 'Gothic', 'Book Club'];
const grHist = ['5 stars', '7,214 (39%)', '4 stars', '6,880 (37%)', '3 stars', '3,102 (16%)', '2 stars', '884 (4%)', '1 star', '322 (1%)'];
const grAlso = [
  ['The Drowned Parish', 'Lorna Kettering', '3.94'],
  ['A Map of Low Tides', 'Esther Ogunleye', '4.21'],
  ['The Lamplighter’s Daughter', 'Imogen Hale', '4.05'],
];
const grBio =
  'Imogen Hale grew up on the Cornish coast and worked as a harbour clerk before turning to fiction. Her first novel was shortlisted ' +
  'for the Walter Scott Prize. She lives in Falmouth with her husband and a very old sheepdog.';
const grNav = ['Home', 'My Books', 'Browse', 'Community'];
const grFoot = ['About us', 'Careers', 'Terms', 'Privacy', 'Help', 'Advertise', 'Authors & ads blog'];
const grBtn = (t: string): string => `<button type="button" class="Button Button--inline Button--small"><span class="Button__labelItem">${t}</span></button>`;
const grCard = (r: (typeof grReviews)[number]): string => `<article class="ReviewCard" aria-label="Review by ${r.who}"><div class="ReviewCard__profile">
<div class="ReviewerProfile__info"><span class="Text Text__title4"><div class="ReviewerProfile__name"><a href="/user/show/x">${r.who}</a></div></span>
<span class="Text Text__body3 Text__subdued"><div class="ReviewerProfile__meta">${r.meta.map((m) => `<span>${m}</span>`).join('')}</div></span></div>
<div class="ReviewerProfile__follow">${grBtn('Follow')}</div></div><section class="ReviewCard__content"><section class="ReviewCard__row">
<div class="ShelfStatus"><span aria-label="${r.stars}" role="img" class="RatingStars RatingStars__small"></span></div>
<span class="Text Text__body3"><a href="/review/show/x">${r.date}</a></span></section><section class="ReviewText"><section class="ReviewText__content">
<div class="TruncatedContent"><div class="TruncatedContent__text TruncatedContent__text--large"><section class="Text Text__body3 Text__regular">
<span class="Formatted">${r.text.join('<br><br>')}</span></section></div></div></section></section>
<footer class="SocialFooter"><div class="SocialFooter__statsContainer">${r.social.map(grBtn).join('')}</div>
<div class="SocialFooter__actionsContainer">${grBtn('Like')}${grBtn('Comment')}</div></footer></section></article>`;
const grHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Ferryman’s Ledger by Imogen Hale | Goodreads</title>
<meta name="description" content="In the winter of 1911, the ferry between Saltmarsh Quay and the island of Holm stops running">
<meta property="og:type" content="books.book"><meta property="books:isbn" content="9780857529144">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Ferryman’s Ledger","numberOfPages":384,
"author":[{"@type":"Person","name":"Imogen Hale"}],"aggregateRating":{"@type":"AggregateRating","ratingValue":4.12,"ratingCount":18402,
"reviewCount":2117}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"params":{"book_id":"201338457"}}},"page":"/book/show/[book_id]"}</script></head>
<body><div id="__next"><div class="PageFrame PageFrame--siteHeaderBanner"><header class="SiteHeader"><a class="SiteHeader__logo" href="/"
aria-label="Goodreads home">goodreads</a><nav class="SiteHeader__nav"><ul>${links(grNav, 'SiteHeader__navItem')}</ul></nav>
<div class="SiteHeader__search"><input placeholder="Search books"></div><a href="/user/sign_in">Sign in</a><a href="/user/sign_up">Join</a></header>
<main class="PageFrame__main"><div class="BookPage__gridContainer"><div class="BookPage__leftColumn"><div class="BookCover"><img class="ResponsiveImage"
src="https://images.gr-assets.example/books/ferryman.jpg" alt="${grTitle}"></div><div class="BookActions">
<button class="Button Button--wtr Button--buttonSmall Button--block"><span class="Button__labelItem">Want to Read</span></button>
<button class="Button Button--buy Button--medium Button--block"><span class="Button__labelItem">Kindle $14.99</span></button>
<div class="BookRatingStars"><span class="Text Text__body3">Rate this book</span></div></div></div>
<div class="BookPage__rightColumn"><div class="BookPageTitleSection"><div class="BookPageTitleSection__title">
<h3 class="Text Text__title3 Text__italic Text__regular Text__subdued"><a href="/series/331209">The Saltmarsh Quartet #2</a></h3>
<h1 class="Text Text__title1" data-testid="bookTitle" aria-label="Book title: ${grTitle}">${grTitle}</h1></div></div>
<div class="BookPageMetadataSection"><div class="BookPageMetadataSection__contributor"><h3 class="Text Text__title3 Text__regular">
<div class="ContributorLinksList"><a class="ContributorLink" href="/author/show/17732"><span class="ContributorLink__name" data-testid="name">Imogen
Hale</span></a></div></h3></div>
<div class="BookPageMetadataSection__ratingStats"><a class="RatingStatistics RatingStatistics__interactive" href="#CommunityReviews">
<div class="RatingStatistics__column"><div class="RatingStatistics__rating">4.12</div></div><div class="RatingStatistics__column">
<div class="RatingStatistics__meta" aria-label="18,402 ratings and 2,117 reviews"><span data-testid="ratingsCount">18,402 ratings</span>
<span data-testid="reviewsCount">2,117 reviews</span></div></div></a></div>
<div class="BookPageMetadataSection__description"><div class="TruncatedContent"><div class="TruncatedContent__text TruncatedContent__text--large"
data-testid="description"><div class="DetailsLayoutRightParagraph"><div class="DetailsLayoutRightParagraph__widthConstrained"><span class="Formatted">
${grDesc.join('<br><br>')}</span></div></div></div>${grBtn('Show more')}</div></div>
<div class="BookPageMetadataSection__genres" data-testid="genresList"><ul class="CollapsableList" aria-label="Top genres for this book">
<span class="BookPageMetadataSection__genreLabel Text Text__body3">Genres</span>${grGenres
  .map(
    (g) =>
      `<span class="BookPageMetadataSection__genreButton"><a class="Button Button--tag" href="/genres/x">
<span class="Button__labelItem">${g}</span></a></span>`,
  )
  .join('\n')}</ul></div>
<div class="FeaturedDetails"><p data-testid="pagesFormat">384 pages, Hardcover</p><p data-testid="publicationInfo">First published April 8, 2025</p></div>
${grBtn('Book details &amp; editions')}</div>
<div class="PageSection"><h2 class="Text Text__title2">About the author</h2><div class="FeaturedPerson__info"><a href="/author/show/17732">Imogen Hale</a>
<span class="Text Text__body3 Text__subdued">7 books 1,204 followers</span>${grBtn('Follow')}</div><div class="TruncatedContent">
<span class="Formatted">${grBio}
</span></div></div>
<div class="PageSection"><h2 class="Text Text__title2">Readers also enjoyed</h2><div class="Carousel">${grAlso
  .map(
    ([t, a, s]) => `<div class="BookCard"><a href="/book/show/x"><div class="BookCard__title">${t}</div><div class="BookCard__authorName">${a}</div>
<div class="AverageRating__ratingValue">${s}</div></a></div>`,
  )
  .join('\n')}</div></div>
<div class="ReviewsSection" id="CommunityReviews"><h2 class="Text Text__title2">Ratings &amp; Reviews</h2>
<div class="WriteReviewCTA"><h3 class="Text Text__title3">What do you think?</h3><span>Rate this book</span><a href="/review/edit/201338457"
class="Button Button--secondary">Write a Review</a></div><div class="SocialSignalsSection"><h3 class="Text Text__title3">Friends &amp; Following</h3>
<p>Create a free account to discover what your friends think of this book!</p></div>
<h3 class="Text Text__title3 Text__semibold">Community Reviews</h3><div class="RatingsHistogram">${grHist
  .map((t, i) => `<div class="RatingsHistogram__${i % 2 ? 'labelTotal' : 'labelTitle'}">${t}</div>`)
  .join('')}</div>
<div class="ReviewsList__listContext"><span>Displaying 1 - 3 of 2,117 reviews</span></div>
${grReviews.map(grCard).join('\n')}
<div class="Divider"></div><a class="Button Button--secondary" href="/book/show/201338457/reviews">More reviews and ratings</a></div></div></div></main>
<footer class="Footer"><ul>${links(grFoot, 'Footer__link')}</ul><p class="Footer__copyright">© 2025 Goodreads, Inc.</p></footer></div></div>
<script src="https://s.gr-assets.example/_next/static/chunks/main.js" async></script></body></html>`;
export const goodreads: TestPage = {
  html: grHtml,
  name: 'heldout16-goodreads-book',
  kind: 'forum',
  // as the Tripadvisor page of batch 14, the reviews are what a reader comes to this page for: the description (its
  // <br><br>-separated paragraphs) and every review's text are body, "Community Reviews" the one heading (the description
  // has none; "Ratings & Reviews" is the widget's own title and furniture); the book's author, reviewer names, review dates
  // and "First published ..." are bylines; the series line, rating statistics, buttons, genres, edition line, author box
  // (her name once more, as byline), carousel, histogram, reviewer stats, likes/comments counts and footer are furniture;
  // the nav's "Home" and "Community", the genre "Mystery" and the carousel's "The Lamplighter’s Daughter" are words of the
  // body or heading: left out
  title: grTitle,
  headings: ['Community Reviews'],
  body: [...grDesc, ...grReviews.flatMap((r) => r.text)],
  bylines: ['Imogen Hale', 'First published April 8, 2025', ...grReviews.flatMap((r) => [r.who, r.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'goodreads', 'My Books', 'Browse', 'Sign in', 'Join', 'Want to Read', 'Kindle $14.99', 'Rate this book', 'The Saltmarsh Quartet #2', '4.12',
    '18,402 ratings',
    '2,117 reviews', 'Show more', 'Genres', ...grGenres.filter((g) => g !== 'Mystery'), '384 pages, Hardcover', 'Book details & editions',
    'About the author', '7 books 1,204 followers',
    'Follow', grBio, 'Readers also enjoyed', ...grAlso.flatMap(([t, , s]) => (t === 'The Lamplighter’s Daughter' ? [s!] : [t!, s!])),
    'Lorna Kettering', 'Esther Ogunleye', 'Ratings & Reviews',
    'What do you think?', 'Write a Review', 'Friends & Following', 'Create a free account to discover what your friends think of this book!', ...grHist,
    'Displaying 1 - 3 of 2,117 reviews', ...grReviews.flatMap((r) => [...r.meta, ...r.social]), 'Like', 'Comment', 'More reviews and ratings', ...grFoot,
    '© 2025 Goodreads, Inc.',
  ],
};
