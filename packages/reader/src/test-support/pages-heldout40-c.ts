import { links, type TestPage } from './page-kit.js';
import { tripadvisorForum } from './pages-heldout40-c2.js';

/**
 * Held-out batch 40, file c: a Goodreads group discussion topic (the React site header with "Browse ▾" and "Community ▾",
 * the "<group> discussion" h1, the folder crumb and topic title, "Comments Showing 1-5 of 5", each comment with its avatar,
 * "message N:", "by" author, "(mod)" and "(new)" marks, timestamp link, "reply | flag", a quoted earlier message, a hidden
 * spoiler with its "(view spoiler)" toggles, the "Books mentioned in this topic" and group rails, and the responsive footer).
 */
type Comment = { n: number; who: string; mod?: boolean; at: string; paras: string[]; quote?: string };
const grTitle = 'The Salt Road: Part Two (Chapters 9–16)';
const grSpoiler =
  'Leaving her brother with the traders only makes sense if she already knows about the letter, and we are not told about the ' +
  'letter until chapter fifteen.';
const grComments: Comment[] = [
  {
    n: 1,
    who: 'Helen',
    mod: true,
    at: 'Feb 03, 2025 07:41AM',
    paras: [
      'Welcome to the second part of our February read. This week covers chapters nine to sixteen, from the caravan leaving Tessaly ' +
        'to the night at the well.',
      'A few questions to get us started, but please take the discussion wherever you like:',
      '1. Did Amira’s decision at the salt flats surprise you?',
      '2. What do you make of the old guide’s story about the drowned town?',
      '3. Is Varga’s slow pace working for you, or testing your patience?',
    ],
  },
  {
    n: 2,
    who: 'Olusegun',
    at: 'Feb 03, 2025 11:15AM',
    paras: [
      'Chapter twelve is the best thing in the book so far. The way Varga keeps the camera on the camels’ feet while the men argue ' +
        'above them, so you only hear half the quarrel, is exactly the kind of restraint I was hoping for after the slow first part.',
      'On question 3: it tested me in part one, but I think the pace is the point. The road is long and the book wants you to feel ' + 'every mile of it.',
    ],
  },
  {
    n: 3,
    who: 'Marguerite',
    at: 'Feb 04, 2025 06:02PM',
    quote: 'Olusegun wrote: "The road is long and the book wants you to feel every mile of it."',
    paras: [
      'I wish I agreed! I admire the writing sentence by sentence, but I keep putting it down after ten pages. Part of me suspects ' +
        'this would have been a great novella.',
      'And I did not believe Amira’s choice at the flats at all.',
    ],
  },
  {
    n: 4,
    who: 'Helen',
    mod: true,
    at: 'Feb 05, 2025 08:30AM',
    paras: [
      'I had the same doubt on first reading, but go back to the scene with the water skins in chapter ten. I think Varga ' +
        'plants it there, very quietly. Whether that is enough is another question!',
      'Reminder that Part Three opens on Monday 10 February. I will post the new thread that morning.',
    ],
  },
  {
    n: 5,
    who: 'Priyanka',
    at: 'Feb 06, 2025 09:47PM',
    paras: [
      'Late to this, sorry. I listened to chapters nine to twelve on the audiobook and read the rest on paper, and I think the ' +
        'narrator’s flat delivery made the middle stretch feel slower than it is on the page. The well scene was extraordinary in print.',
    ],
  },
];
const grSpoilerHtml = ` <span class="spoilerContainer" id="spoiler_88213"><a class="jsShowSpoiler spoilerAction" href="#">(view spoiler)</a><span
class="spoilerContainer" style="display: none">[${grSpoiler} <a class="jsHideSpoiler spoilerAction" href="#">(hide spoiler)</a>]</span></span>`;
const grBody = (c: Comment): string => {
  const ps = c.paras.map((p, i) => (c.n === 3 && i === 1 ? p + grSpoilerHtml : p));
  // the moderator's numbered questions are lines of one block, as Goodreads writes line breaks
  return c.n === 1 ? `${ps[0]}<br /><br />${ps[1]}<br />${ps.slice(2).join('<br />')}` : ps.join('<br /><br />');
};
const grComment = (c: Comment): string => `<div class="comment u-anchorTarget" id="comment_2640112${c.n}7" itemscope itemtype="http://schema.org/Comment">
<div class="left"><a title="${c.who}" href="/user/show/44${c.n}1-${c.who.toLowerCase()}"><img alt="${c.who}" class="profilePictureIcon circularIcon"
src="https://images.gr-assets.com/users/16${c.n}0044p2/44${c.n}1.jpg" /></a></div><div class="right"><div class="brownBackground"><div class="right"><a
class="createdAt" href="/topic/show/22871340-the-salt-road-part-two#comment_2640112${c.n}7">${c.at}</a></div><span class="greyText">message ${c.n}:</span> by
<span class="commentAuthor" itemprop="author"><a href="/user/show/44${c.n}1-${c.who.toLowerCase()}">${c.who}</a></span>${
  c.mod ? ' <span class="greyText">(mod)</span>' : ''
} <span class="greyText">(new)</span></div><div class="mediumText reviewText" itemprop="text">${
  c.quote ? `<blockquote>${c.quote}</blockquote>` : ''
}<span id="freeTextContainer2640112${c.n}7">${grBody(c)}</span></div><div class="commentActions smallText"><a href="#new_comment" class="jsReply">reply</a>
 | <a href="/flagged/new?resource_id=2640112${c.n}7&amp;resource_type=Comment" rel="nofollow">flag</a></div></div><div class="clear"></div></div>`;
const grNav = ['Home', 'My Books', 'Browse ▾', 'Community ▾'];
const grCompany = ['About us', 'Careers', 'Terms', 'Privacy', 'Interest Based Ads', 'Ad Preferences', 'Help'];
const grWork = ['Authors', 'Advertise', 'Authors & ads blog', 'API'];
const grHtml = `<!DOCTYPE html>
<html class="desktop withSiteHeaderTopFullImage">
<head>
  <title>The Long Shelf discussion: ${grTitle} | Goodreads</title>
  <meta content="The Long Shelf discussion: ${grTitle}. ${grComments[0]!.paras[0]!}" name="description">
  <meta content="telephone=no" name="format-detection">
  <link href="https://www.goodreads.com/topic/show/22871340-the-salt-road-part-two" rel="canonical">
  <script type="text/javascript">var ue_t0=window.ue_t0||+new Date();</script>
  <script type="text/javascript">var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script>
  <link rel="stylesheet" media="all" href="https://s.gr-assets.com/assets/goodreads-ce9a8f8b2c1d.css" />
  <link rel="stylesheet" media="screen" href="https://s.gr-assets.com/assets/common_images-6cd04b0e1f.css" />
</head>
<body class="">
<div data-react-class="ReactComponents.StoresInitializer" data-react-props="{}"></div>
<div class="content" id="bodycontainer" style="">
<div class="siteHeader"><div data-react-class="ReactComponents.HeaderStoreConnector" data-react-props="{&quot;myBooksUrl&quot;:&quot;/review/list&quot;}">
<header class="siteHeader__topFullImageContainer"><div class="siteHeader__topLine gr-box gr-box--withShadow"><div class="siteHeader__contents"><a
href="/" class="siteHeader__logo" aria-label="Goodreads Home" title="Goodreads Home"></a><nav class="siteHeader__primaryNavInline"><ul role="menu"
class="siteHeader__menuList">${links(grNav, 'siteHeader__topLevelItem')}</ul></nav><div class="searchBox searchBox--navbar"><form autocomplete="off"
action="/search" class="searchBox__form" role="search"><input type="text" name="q" placeholder="Search books" aria-label="Search for books to add to your
shelves" class="searchBox__input searchBox__input--navbar"><button type="submit" class="searchBox__icon--magnifyingGlass" aria-label="Search"></button></form>
</div><ul class="siteHeader__personal"><li class="siteHeader__topLevelItem siteHeader__topLevelItem--signedOut"><a href="/user/sign_in" rel="nofollow"
class="siteHeader__topLevelLink">Sign In</a></li><li class="siteHeader__topLevelItem siteHeader__topLevelItem--signedOut"><a href="/user/sign_up"
rel="nofollow" class="siteHeader__topLevelLink">Join</a></li></ul></div></div></header></div></div>
<div class="siteHeaderBottomSpacer"></div>
<div class="mainContentContainer "><div class="mainContent "><div class="mainContentFloat "><div id="flashContainer"></div>
<div class="leftContainer">
<h1><a href="/group/show/1182233-the-long-shelf">The Long Shelf</a> discussion</h1>
<div class="mediumText topicBreadcrumb"><a href="/topic/group_folder/2210991?group_id=1182233">Group Reads 2025</a> &gt; <span class="topicTitle
largeText">${grTitle}</span></div>
<div class="bigBoxContent"><div class="right"><a href="#new_comment">post a comment »</a></div><div class="greyText smallText">Comments Showing
1-5 of 5 (5 new)</div><div class="smallText">date <a href="?order=d" rel="nofollow">newest »</a></div>
<div id="comments" class="topicComments">
${grComments.map(grComment).join('\n')}
</div>
<div class="greyText smallText" id="new_comment">You need to <a href="/user/sign_in" rel="nofollow">sign in</a> or <a href="/user/sign_up"
rel="nofollow">join</a> the group to post a comment.</div>
<a href="#top" class="smallText">back to top</a></div></div>
<div class="rightContainer">
<div class="bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">The Long Shelf</h2></div><div class="bigBoxBody"><div
class="bigBoxContent containerWithHeaderContent"><a href="/group/show/1182233-the-long-shelf"><img alt="The Long Shelf"
src="https://images.gr-assets.com/groups/1182233.jpg"
/></a><div class="smallText">1,284 members</div><div class="smallText">Reading the long classics slowly, one part a week.</div><a class="button"
href="/group/join/1182233">join group</a></div></div></div>
<div class="bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">Books mentioned in this topic</h2></div><div
class="bigBoxBody"><div class="bigBoxContent containerWithHeaderContent"><div class="elementList"><a class="bookTitle" href="/book/show/2093341">The Salt
Road</a> <a class="smallText" href="/topic/list_book/2093341">(other topics)</a><br><span class="by smallText">by</span> <a class="authorName"
href="/author/show/8850021.Ines_Varga">Ines Varga</a></div><div class="elementList"><a class="bookTitle" href="/book/show/1880457">The Cartographer’s
Daughter</a> <a class="smallText" href="/topic/list_book/1880457">(other topics)</a><br><span class="by smallText">by</span> <a class="authorName"
href="/author/show/5530112.Tomas_Reyl">Tomas Reyl</a></div></div></div></div>
<div id="rightAdContainer" class="gr-adContainer"><div id="div-gpt-ad-1740652713-0" style="min-height:250px"></div></div>
</div></div></div></div>
<footer class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents gr-container-fluid"><div class="gr-row"><div class="gr-col-md-3"><h3
class="responsiveSiteFooter__heading">Company</h3><ul class="responsiveSiteFooter__linksList">${links(grCompany)}</ul></div><div class="gr-col-md-3"><h3
class="responsiveSiteFooter__heading">Work with us</h3><ul class="responsiveSiteFooter__linksList">${links(grWork)}</ul></div><div class="gr-col-md-3"><h3
class="responsiveSiteFooter__heading">Connect</h3><div class="responsiveSiteFooter__socialLinkWrapper"><a class="responsiveSiteFooter__socialLink"
href="https://www.facebook.com/Goodreads/" title="Goodreads on Facebook"></a></div></div><div class="gr-col-md-3"><a class="appLink"
href="https://itunes.apple.com/app/goodreads">Download app for iOS</a>
<a class="appLink" href="https://play.google.com/store/apps/details?id=com.goodreads.app">Download app for Android</a></div></div><div class="gr-row"><div
class="responsiveSiteFooter__copyright">© 2025 Goodreads, Inc.</div><div class="responsiveSiteFooter__mobileVersion"><a href="/toggle_mobile"
rel="nofollow">Mobile version</a></div></div></div></footer>
</div>
<script>var ue_t0=ue_t0||+new Date(); window.ueLogError && ue.tag('gr_topic_show');</script>
</body>
</html>`;
const goodreadsGroup: TestPage = {
  html: grHtml,
  name: 'heldout40-goodreads-group',
  kind: 'forum',
  // the topic title (after the folder crumb) is the title; every message is body, line by line (the moderator's three numbered
  // questions are lines of one message), and so is the hidden spoiler text, which belongs to Marguerite's message; the quote of
  // Olusegun's message in hers is in neither list; the posters' names and the message timestamps are bylines ("by" in neither);
  // "message N:", "(mod)", "reply", "flag", "(view spoiler)" / "(hide spoiler)", "The Long Shelf discussion", the
  // folder crumb, "Comments Showing…", "post a comment", the sign-in line, the group box, "Books mentioned in this topic" with
  // its books and authors (the topic's own book title, a phrase of the title, left out), the header and the footer are furniture;
  // the "(new)" marks are left out ("new" is a body word)
  title: grTitle,
  headings: [],
  body: [...grComments.flatMap((c) => c.paras), grSpoiler],
  bylines: ['Helen', 'Olusegun', 'Marguerite', 'Priyanka', ...grComments.map((c) => c.at)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...grNav, 'Sign In', 'Join', 'The Long Shelf discussion', 'Group Reads 2025', 'post a comment »', 'Comments Showing 1-5 of 5 (5 new)', 'newest »',
    ...grComments.map((c) => `message ${c.n}:`), '(mod)', 'reply', 'flag', '(view spoiler)', '(hide spoiler)',
    'You need to sign in or join the group to post a comment.', 'back to top', '1,284 members', 'Reading the long classics slowly, one part a week.',
    'The Long Shelf', 'join group', 'Books mentioned in this topic', '(other topics)', 'Ines Varga', 'The Cartographer’s Daughter', 'Tomas Reyl', 'Company',
    ...grCompany, 'Work with us', ...grWork, 'Connect', 'Download app for iOS', 'Download app for Android', '© 2025 Goodreads, Inc.', 'Mobile version',
  ],
};

export const HELDOUT40_C: readonly TestPage[] = [goodreadsGroup, tripadvisorForum];
