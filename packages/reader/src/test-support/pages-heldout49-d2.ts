import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file d2: a Goodreads review page (/review/show/...) on the long-lived Rails template, saved logged
 * out: the React site header (nav with "Browse ▾" and "Community ▾" menus, search, "Sign In", "Join"), the breadcrumb,
 * the review header (cover, the book's title as h1, "by" its author, "<name>'s review", rating words, date, shelves,
 * "Read from"), the review text with <br><br> between paragraphs, likes and "flag", the reading progress timeline, the
 * numbered comments ("message 1: by ...") with their dates and buttons, "back to top", the sign-in prompt, the right
 * column (the reviewer's other reviews, an ad) and the responsive footer.
 */
const grBook = 'The Salt Road';
const grReview = [
  'I picked this up because my book club chose it, and I expected a dutiful historical novel about the salt trade. It is ' +
    'something stranger and better than that.',
  'Kemble follows one mule train across the Carpathian foothills in 1847, over a single autumn, and never leaves it. There are ' +
    'no flash-forwards, no framing letters found in an attic, no modern narrator. Just eleven people, forty mules, a great deal ' +
    'of weather and the slow arithmetic of how much salt you can carry, sell and lose on the way.',
  'The best thing in the book is Sabina, the widow who keeps the accounts. Her chapters are written almost entirely in numbers ' +
    'and lists, and somehow they are the most emotional parts of the novel. The storm chapter, told through her ledger, made me ' +
    'cry on a train.',
  'My reservations are mostly about pace. The middle third sags, and a subplot about a stolen horse goes nowhere. I also wish ' +
    'the two younger drivers had been easier to tell apart; I kept flipping back to check which one was which.',
  'But the ending is quietly devastating and entirely earned, and I have thought about this book every day since I finished ' +
    'it. Four stars, rounded down only because of that middle stretch.',
  'A note on the edition: the hardback has a hand-drawn map of the route on the endpapers, and I used it constantly. If you ' +
    'read the ebook, find that map online before you start, because the place names come thick and fast.',
  'Recommended for readers who enjoyed slow, physical novels where the landscape is a character.',
];
const grComments = [
  {
    n: 1,
    who: 'Margit Olsen',
    at: 'Oct 15, 2025 09:02AM',
    text: 'Great review, and now I have to find out what happens in the storm chapter. Adding it to my list.',
  },
  { n: 2, who: 'Hanna Sørli', at: 'Oct 15, 2025 10:47AM', text: 'Margit, bring tissues. And skip the stolen horse bits, you won&#39;t miss anything.' },
  {
    n: 3,
    who: 'Declan Mather',
    at: 'Oct 16, 2025 07:31PM',
    text: 'Agree about the middle. Our group almost gave up around page 200, but the last hundred pages were worth it.',
  },
  {
    n: 4,
    who: 'Rosa Lindahl',
    at: 'Oct 18, 2025 12:15PM',
    text: 'Sabina&#39;s ledger chapters are some of the best writing I&#39;ve read this year. Glad someone else noticed.',
  },
];
const grProgress = [
  'October 2, 2025 – Started Reading',
  'October 2, 2025 – Shelved',
  'October 9, 2025 – 46.0%',
  '“The storm chapter. Oh.”',
  'October 14, 2025 – Finished Reading',
  'October 15, 2025 – Shelved as: book-club',
];
const grShelves = ['historical-fiction', 'book-club', '2025-reads'];
const grOther = ['Review of The Weaver&#39;s Almanac', 'Review of North of the Orchard', 'Review of A House of Small Clocks'];
const grCompany = ['About us', 'Careers', 'Terms', 'Privacy', 'Interest Based Ads', 'Ad Preferences', 'Help'];
const grWork = ['Authors', 'Advertise', 'Authors & ads blog', 'API'];
const grHtml = `<!DOCTYPE html>
<html class="desktop withSiteHeaderTopFullImage"><head><title>Hanna Sørli&#39;s review of The Salt Road</title>
<meta content="Hanna Sørli&#39;s review: I picked this up because my book club chose it, and I expected a dutiful historical novel about the salt trade..."
name="description"><meta content="telephone=no" name="format-detection"><link href="https://www.goodreads.com/review/show/6123456789" rel="canonical">
<script type="text/javascript">var ue_t0=window.ue_t0||+new Date();</script>
<link rel="stylesheet" media="all" href="https://s.gr-assets.com/assets/goodreads-2c4d1e0f.css"></head>
<body class=""><div data-react-class="ReactComponents.StoreInitializer" data-react-props="{&quot;user&quot;:{&quot;signedIn&quot;:false}}"></div>
<div class="content" id="bodycontainer"><div class="siteHeader"><div data-react-class="ReactComponents.HeaderStoreConnector">
<header class="siteHeader__topLine gr-box gr-box--withShadow"><div class="siteHeader__contents"><a href="/" title="Goodreads Home" class="siteHeader__logo"></a>
<nav class="siteHeader__primaryNavInline"><ul role="menu" class="siteHeader__menuList"><li class="siteHeader__topLevelItem siteHeader__topLevelItem--home">
<a href="/" class="siteHeader__topLevelLink">Home</a></li><li class="siteHeader__topLevelItem"><a href="/review/list" class="siteHeader__topLevelLink">My
Books</a></li>
<li class="siteHeader__topLevelItem"><a class="primaryNavMenu__trigger primaryNavMenu__trigger--siteHeaderBrowseMenu" href="/book" role="button"><span>Browse
▾</span></a></li>
<li class="siteHeader__topLevelItem"><a class="primaryNavMenu__trigger" href="/group" role="button"><span>Community ▾</span></a></li></ul></nav>
<div class="searchBox searchBox--navbar"><form autocomplete="off" action="/search" class="searchBox__form" role="search" aria-label="Search for books to add
to your shelves">
<input class="searchBox__input searchBox__input--navbar" name="q" type="text" placeholder="Search books" aria-label="Search books"><button type="submit"
class="searchBox__icon--magnifyingGlass gr-iconButton searchBox__icon" aria-label="Search"></button></form></div>
<ul class="siteHeader__personal"><li class="siteHeader__topLevelItem siteHeader__topLevelItem--signedOut"><a href="/user/sign_in" rel="nofollow"
class="siteHeader__topLevelLink">Sign In</a></li><li class="siteHeader__topLevelItem siteHeader__topLevelItem--signedOut"><a href="/user/sign_up" rel="nofollow"
class="siteHeader__topLevelLink">Join</a></li></ul></div></header></div></div><div class="siteHeaderBottomSpacer"></div>
<div class="mainContentContainer"><div class="mainContent"><div class="mainContentFloat"><div id="flashContainer"></div><div class="leftContainer">
<div class="breadcrumbs uitext"><a href="/user/show/98231744-hanna-s-rli">Hanna Sørli</a>&#39;s Reviews &gt; ${grBook}</div>
<div class="reviewHeader uitext stacked"><div class="left bookCoverColumn"><a href="/book/show/2213098-the-salt-road"><img alt="${grBook}" class="bookCover"
src="https://images-na.ssl-images-amazon.com/images/S/compressed.photo.goodreads.com/books/1717412233i/2213098._SY180_.jpg"></a></div>
<h1><a class="bookTitle" itemprop="url" href="/book/show/2213098-the-salt-road">${grBook}</a></h1>
<span class="by smallText">by</span> <span itemprop="author"><a class="authorName" href="/author/show/20718831.Iris_Kemble"><span itemprop="name">Iris
Kemble</span></a></span>
<div class="row"><span itemprop="author" class="userReview"><a href="/user/show/98231744-hanna-s-rli">Hanna Sørli</a>&#39;s review</span>
<span class="reviewDate createdAt right"><a href="/review/show/6123456789" class="reviewDate">Oct 15, 2025</a></span></div>
<div class="row"><span class="staticStars notranslate" title="really liked it"><span class="staticStar p10" size="15x15"></span><span class="staticStar p10"
size="15x15"></span><span class="staticStar p10" size="15x15"></span><span class="staticStar p10" size="15x15"></span><span class="staticStar p0"
size="15x15"></span></span>
<span class="greyText">really liked it</span></div>
<div class="row"><span class="greyText">bookshelves: </span>${grShelves.map((s) => `<a href="/review/list/98231744?shelf=${s}">${s}</a>`).join(', ')}</div>
<div class="row"><span class="greyText">Read from</span> <span class="readDates">October 2 to 14, 2025</span></div></div>
<div class="reviewText mediumText description readable" itemprop="reviewBody">${grReview.join('<br><br>')}</div>
<div class="reviewFooter uitext buttons"><span class="likesCount">24 likes</span> · <a class="like_it" href="/user/sign_in" rel="nofollow">Like</a> ·
<a href="/flagged/new?resource_id=6123456789&amp;resource_type=Review" rel="nofollow">flag</a></div>
<div class="bigBoxContent"><h2 class="brownBackground">Reading Progress</h2><div class="readingTimeline">${grProgress
  .map((t) => `<div class="readingTimeline__row"><div class="readingTimeline__text">${t}</div></div>`)
  .join('\n')}</div></div>
<h2 class="brownBackground">Comments <span class="smallText">Showing 1-4 of 4 (4 new)</span></h2><div class="commentsContainer">${grComments
  .map(
    (c) => `<div class="comment u-anchorTarget" id="comment_2199330${c.n}"><div class="left"><a href="/user/show/1130${c.n}"><img class="circularIcon"
alt="${c.who}"
src="https://images.gr-assets.com/users/p2/1130${c.n}.jpg"></a></div><div class="right uitext commentActions"><span class="greyText">${c.at}</span> · <a
href="/user/sign_in"
rel="nofollow">Like</a> · <a href="/flagged/new?resource_id=2199330${c.n}&amp;resource_type=Comment" rel="nofollow">flag</a></div><div class="bodycol brownBox">
<div class="commentAuthor"><span class="greyText">message ${c.n}:</span> by <a href="/user/show/1130${c.n}">${c.who}</a></div>
<div class="mediumText reviewText">${c.text}</div></div></div>`,
  )
  .join('\n')}</div>
<a href="#top" class="uitext">back to top</a><div class="uitext"><a href="/user/sign_in?returnurl=%2Freview%2Fshow%2F6123456789">Sign in</a> to post a
comment.</div>
</div><div class="rightContainer"><div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">More reviews by
Hanna Sørli</h2>
</div><div class="bigBoxBody"><ul>${links(grOther, 'bookLink')}</ul><a href="/review/list/98231744?sort=review">See all of Hanna&#39;s reviews…</a></div></div>
<div class="adContainer" id="div-gpt-ad-review-right"><span class="adLabel">Advertisement</span></div></div></div></div></div>
<div class="siteFooter"><footer class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents gr-h3 gr-h3--noMargin">
<div class="responsiveSiteFooter__column"><h3 class="responsiveSiteFooter__heading">Company</h3><ul>${links(
  grCompany,
  'responsiveSiteFooter__listItem',
)}</ul></div>
<div class="responsiveSiteFooter__column"><h3 class="responsiveSiteFooter__heading">Work with us</h3><ul>${links(
  grWork,
  'responsiveSiteFooter__listItem',
)}</ul></div>
<div class="responsiveSiteFooter__column"><h3 class="responsiveSiteFooter__heading">Connect</h3><a href="https://www.facebook.com/Goodreads/" title="Goodreads
on Facebook"></a>
<a href="https://twitter.com/goodreads" title="Goodreads on Twitter"></a><a href="https://www.instagram.com/goodreads/" title="Goodreads on
Instagram"></a></div></div>
<div class="responsiveSiteFooter__copyright">© 2025 Goodreads, Inc.</div><a class="responsiveSiteFooter__mobileLink" href="?mobile=true">Mobile
version</a></footer></div>
</div></body></html>`;
export const goodreadsReview: TestPage = {
  html: grHtml,
  name: 'heldout49-goodreads-review',
  kind: 'blog',
  // the review has no title of its own: the page's h1, the book's title, is the title (the <title> is "<name>'s review of"
  // it); the review's paragraphs are the body; the reviewer's name, the review date, the book's author line ("Iris Kemble")
  // and the commenters' names and comment times are bylines; the comments under a review are reader comments, furniture as on
  // a blog (the reviewer's own reply in them too), with "message 1:" labels, "Like" and "flag"; the rating words, shelves,
  // "Read from" dates, the reading progress timeline with its status update, likes, the breadcrumb, header, right column and
  // footer are furniture; the shelf "book-club" is two words of the body ("my book club"): left out
  title: grBook,
  headings: [],
  body: texts(grReview),
  bylines: ['Hanna Sørli', 'Oct 15, 2025', 'Iris Kemble', ...grComments.filter((c) => c.n !== 2).map((c) => c.who), ...grComments.map((c) => c.at)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'My Books', 'Browse ▾', 'Community ▾', 'Sign In', 'Join', "'s Reviews >", 'by', "'s review", 'really liked it', 'bookshelves:',
    ...grShelves.filter((t) => t !== 'book-club'),
    'Read from', 'October 2 to 14, 2025', '24 likes', 'Like', 'flag', 'Reading Progress', ...grProgress, 'Comments', 'Showing 1-4 of 4 (4 new)',
    ...grComments.map((c) => `message ${c.n}:`), ...texts(grComments.map((c) => c.text)), 'back to top', 'Sign in to post a comment.',
    'More reviews by Hanna Sørli', ...texts(grOther), "See all of Hanna's reviews…", 'Advertisement', 'Company', ...grCompany, 'Work with us',
    ...grWork, 'Connect', '© 2025 Goodreads, Inc.', 'Mobile version',
  ],
};
