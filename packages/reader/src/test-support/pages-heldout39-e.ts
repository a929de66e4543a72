import { links, type TestPage } from './page-kit.js';
import { kickstarter } from './pages-heldout39-e2.js';

/**
 * Held-out batch 39, file e: a Goodreads single review page (/review/show/…, the older Rails template: the site header
 * with its Browse and Community menus, the hidden sign-in modal, the "X's Reviews > Book" h1, the review header with cover,
 * book title, author, average rating, the reviewer's name, date, star rating text, read date and shelves, the review text
 * as one span with <br><br> paragraph breaks, the reading-progress timeline with a status update, likes, the comments with
 * their authors and timestamps, "post a comment", the right rail and the footer).
 */
const grTitle = 'The Salt Archive';
const grBy = 'Mara Lindqvist';
const grDate = 'Jan 14, 2026';
const grReview = [
  'I picked this up because a friend called it a mystery about a museum, which is true only in the way that a lighthouse is ' +
    'a building about the sea. The Salt Archive is really about what a small town chooses to remember, and who gets to do the choosing.',
  'The setup is simple. Edda Morrow, a conservator in her fifties, comes back to the Norfolk coast to catalogue the collection ' +
    'of a seaside museum that is about to close. Among the fishing nets and ship models she finds forty boxes of letters that ' +
    'were never accessioned, and a ledger from which someone has carefully cut every page for the winter of 1953.',
  'Calloway is very good on the texture of the work: the cotton gloves, the acid-free folders, the way a conservator reads a ' +
    'water stain like the rings of a tree. I learned more about archival practice from this novel than from the two non-fiction ' +
    'books on the subject I read last year, and none of it felt like a lecture.',
  'Where it wobbles is the middle third. A subplot about a developer who wants the museum building arrives with great fanfare ' +
    'and then more or less evaporates, and Edda’s estranged brother turns up so late that I never quite believed in him. I kept ' +
    'waiting for those threads to tie into the missing pages, and only one of them does.',
  'But the last sixty pages are extraordinary. Without giving anything away, the answer to the cut-out ledger is not a crime in ' +
    'the usual sense, and the way the town takes it is quieter and sadder than any twist would have been. I finished it on a ' +
    'train and had to sit with it for a while before I could look at my phone.',
  'Four stars rather than five for the sagging middle, but I will be pressing this on everyone in my reading group.',
];
const grShelves = ['2026-reads', 'literary-fiction', 'museums-and-archives'];
const grTimeline: [string, string][] = [
  ['January 2, 2026', 'Started Reading'],
  ['January 2, 2026', 'Shelved'],
  ['January 6, 2026', '38.0%'],
  ['January 9, 2026', 'Finished Reading'],
];
const grStatus = '“Every chapter opens with a catalogue entry and I have started reading them aloud to the cat.”';
const grComments: [string, string, string][] = [
  ['Jonah Pryce', 'Jan 14, 2026 06:12PM', 'Adding this to my list. I loved her first book, the one set in the glassworks.'],
  [
    'Aiko Saito',
    'Jan 15, 2026 09:40AM',
    'Agree completely about the brother. He felt like a leftover from an earlier draft. The ending made up for it, though.',
  ],
  ['Mara Lindqvist', 'Jan 15, 2026 11:02AM', 'Aiko, yes! I wondered whether he was there to set up a sequel.'],
];
const grNav = ['Home', 'My Books', 'Browse ▾', 'Community ▾'];
const grRail = ['More reviews by Mara Lindqvist', 'Other reviews of The Salt Archive', 'Readers who liked this also enjoyed'];
const grRailBooks = ['The Lighthouse Ledger by Owen Marsh', 'Tide Tables by Greta Holm', 'A Catalogue of Small Things by Ruth Ansel'];
const grFoot: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Terms', 'Privacy', 'Interest Based Ads', 'Ad Preferences', 'Help']],
  ['Work with us', ['Authors', 'Advertise', 'Authors & ads blog', 'API']],
  ['Connect', ['Facebook', 'Instagram', 'LinkedIn', 'YouTube']],
];
const grHtml = `<!DOCTYPE html>
<html class="desktop"><head><meta charset="utf-8"><title>${grBy}'s review of ${grTitle}</title>
<meta content="${grBy}'s review: I picked this up because a friend called it a mystery about a museum..." name="description">
<meta property="og:type" content="books.book"><meta property="og:title" content="${grBy}'s review of ${grTitle}">
<link rel="stylesheet" media="all" href="https://s.gr-assets.com/assets/goodreads-c1f1b8f2.css"><script
src="https://s.gr-assets.com/assets/webfontloader.js"></script>
<script>var _gaq = _gaq || [];_gaq.push(['_setCustomVar', 1, 'Logged Out', 'true', 3]);</script></head>
<body><div class="content" id="bodycontainer" style=""><div class="siteHeader"><div role="banner" class="Header siteHeader__topLevel"><div
class="siteHeader__topLine gr-box">
<a href="/" title="Goodreads Home" class="siteHeader__logo">Goodreads</a><nav class="siteHeader__primaryNavInline"><ul role="menu"
class="siteHeader__menuList">${links(
  grNav,
  'siteHeader__topLevelItem',
)}</ul></nav><form class="searchBox searchBox--navbar" action="/search" role="search"><input type="text" class="searchBox__input"
placeholder="Search books" aria-label="Search books"><button type="submit" class="searchBox__button">Search</button></form><ul class="siteHeader__personal">
<li><a href="/user/sign_in" class="siteHeader__topLevelLink">Sign In</a></li><li><a href="/user/sign_up"
class="siteHeader__topLevelLink">Join</a></li></ul></div></div></div>
<div class="modal modal--overlay" tabindex="-1" data-modal-name="sign-in" style="display:none"><div class="modal__content"><h3 class="gr-h3">Welcome back. Just
a moment
while we sign you in to your Goodreads account.</h3></div></div>
<div class="mainContentContainer"><div class="mainContent"><div class="mainContentFloat"><div class="leftContainer">
<h1><a class="userReview" href="/user/show/48810273-mara-lindqvist">${grBy}</a>'s Reviews &gt; <a href="/book/show/212846-the-salt-archive">${grTitle}</a></h1>
<div class="reviewHeader uitext stacked" id="review_6119042371" itemprop="review" itemscope itemtype="http://schema.org/Review">
<div class="left bookCover"><a href="/book/show/212846-the-salt-archive"><img alt="${grTitle}"
src="https://i.gr-assets.com/images/S/compressed.photo.goodreads.com/books/1711/212846._SY180_.jpg"></a></div>
<div class="bookInfo"><a class="bookTitle" itemprop="itemReviewed" href="/book/show/212846-the-salt-archive">${grTitle}</a><br><span class="by
smallText">by</span>
<a class="authorName" href="/author/show/7731-ines-calloway"><span itemprop="name">Ines Calloway</span></a><br><span class="minirating smallText"><span
class="stars staticStars notranslate" title="3.94 avg rating"></span> 3.94 avg rating — 11,208 ratings</span></div>
<div class="userInfo"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="userReview" itemprop="name"
href="/user/show/48810273-mara-lindqvist">${grBy}</a></span>'s review <span itemprop="publishDate">${grDate}</span><br><div class="rating"><span
class="staticStars notranslate" title="really liked it"><span class="staticStar p10" size="15x15">really liked it</span></span></div>
<span class="readDate">Read in January, 2026</span><div class="bookshelves"><span class="greyText">bookshelves:</span> ${grShelves
  .map((s) => `<a class="actionLinkLite" href="/review/list/48810273?shelf=${s}">${s}</a>`)
  .join(', ')}</div></div>
<div class="reviewText mediumText description readable" itemprop="reviewBody">${grReview.join('<br><br>')}</div></div>
<div class="readingTimeline"><h2 class="brownBackground">Reading Progress</h2>${grTimeline
  .map(
    ([d, t]) =>
      `<div class="readingTimeline__row"><div class="readingTimeline__text">${d} – <span class="${t.endsWith('%') ? 'greyText' : 'readingTimeline__status'}">` +
      `${t}</span>${t.endsWith('%') ? `<div class="readingTimeline__comment">${grStatus}</div>` : ''}</div></div>`,
  )
  .join('\n')}</div>
<div class="socialFooter uitext"><span class="likesCount"><a href="/rating/voters/6119042371">14 likes</a></span> · <a class="likeItLink"
href="/user/sign_in">Like</a>
<span class="flagLink"> · <a href="/flagged/new?resource_id=6119042371">flag</a></span></div>
<div id="comments" class="uitext"><h2 class="brownBackground">Comments <span class="smallText">Showing 1-3 of 3</span> <span class="smallText">(3
new)</span></h2>
${grComments
  .map(
    ([n, d, t], i) =>
      `<div class="comment u-anchorTarget" id="comment_${2231804 + i}"><div class="left"><a href="/user/show/${100 + i}"><img alt="${n}"
src="/user_photo${i}.jpg"></a></div>` +
      `<div class="right"><div class="commentAuthor"><a href="/user/show/${100 + i}">${n}</a> <span class="right greyText">${d}</span></div>` +
      `<div class="mediumText reviewText"><span class="readable">${t}</span></div><div class="commentActions"><a
href="/user/sign_in">flag</a></div></div></div>`,
  )
  .join('\n')}
<div class="postComment"><a href="/user/sign_in" class="actionLink">Sign in to comment</a> · <a href="/user/sign_in">post a comment »</a></div></div></div>
<div class="rightContainer"><div class="clearFloats bigBox"><h2 class="brownBackground">${grRail[0]}</h2></div><div class="clearFloats bigBox"><h2
class="brownBackground">${grRail[1]}</h2></div><div class="bigBox"><h2 class="brownBackground">${grRail[2]}</h2><ul>${links(grRailBooks)}</ul></div></div>
</div></div></div>
<div class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents gr-box">${grFoot
  .map(([h, l]) => `<div class="responsiveSiteFooter__column"><h3 class="responsiveSiteFooter__heading">${h}</h3><ul>${links(l)}</ul></div>`)
  .join('')}<div class="responsiveSiteFooter__copyright">© 2026 Goodreads, Inc.</div><a href="/toggle_mobile" class="responsiveSiteFooter__mobile">Mobile
version</a><a href="/privacy#ccpa">Do Not Sell or Share My Personal Information</a></div></div></div></body></html>`;
const goodreadsReview: TestPage = {
  html: grHtml,
  name: 'heldout39-goodreads-review',
  kind: 'blog',
  // the review text is the article, each <br><br> paragraph a body item; the title is the reviewed book's title (the h1
  // reads "Mara Lindqvist's Reviews > The Salt Archive"; the book link, cover alt and rail repeat the title); the review's
  // author and date are the bylines ("'s review" and "'s Reviews >" in neither); the book's author, its average rating,
  // the star text, read date, shelves, the reading-progress timeline with its status update, likes and flags are
  // furniture; the page is a review with readers' comments under it, like a blog post, so the comments are furniture and
  // their posters and times bylines (the reviewer's own reply included: her name is already a byline); the site header,
  // hidden sign-in modal, right rail and footer are furniture; "Like" is a body word (left out); the reading-progress dates
  // date the reader's log, not a post: furniture
  title: grTitle,
  headings: [],
  body: grReview,
  bylines: [grBy, grDate, ...grComments.flatMap(([n, d]) => (n === grBy ? [d] : [n, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Goodreads', ...grNav, 'Search', 'Sign In', 'Join', 'Welcome back. Just a moment while we sign you in to your Goodreads account.', 'Ines Calloway',
    '3.94 avg rating — 11,208 ratings', 'really liked it', 'Read in January, 2026', 'bookshelves:', ...grShelves, 'Reading Progress',
    ...new Set(grTimeline.flat()), grStatus, '14 likes', 'flag', 'Comments', 'Showing 1-3 of 3', '(3 new)', ...grComments.map((c) => c[2]),
    'Sign in to comment', 'post a comment »', ...grRail, ...grRailBooks, ...grFoot.flat(2), '© 2026 Goodreads, Inc.', 'Mobile version',
    'Do Not Sell or Share My Personal Information',
  ],
};

export const HELDOUT39_E: readonly TestPage[] = [goodreadsReview, kickstarter];
