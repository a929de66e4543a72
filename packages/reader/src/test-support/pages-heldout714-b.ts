import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file b: a first-person wellness list story on a BuzzFeed-like site rendered with React and Next.js (CSS
 * module class names, a trending bar, numbered subbuzzes with image and Instagram embeds and attributions, a reactions bar,
 * a comments button, a newsletter box and a "More on this" rail), and a family camping post on a Blogger blog (Simple theme:
 * blog title h1, date header, post title h3, a post body of divs with a captioned image table, post footer with "Posted by",
 * share buttons and labels, threaded comments, the pager, and About Me, Blog Archive and Popular Posts widgets).
 */
const bTitle = 'I Tried A “Sunday Reset” With My Family For A Month, And These 7 Habits Actually Stuck';
const bDek = 'Spoiler: the meal plan did not survive week two. The laundry system did.';
const bIntro = [
  j(
    'If you have spent any time on WellTok lately, you have probably seen a “Sunday reset” video: someone in matching loungewear',
    'wipes down a spotless kitchen, lines up seven identical lunch boxes and lights a candle. It looks calming. It also looks like',
    'it was filmed in a house where nobody under ten lives.',
  ),
  j(
    'I have three kids (9, 6 and 2), a partner who works Saturdays, and a dog who eats socks. So for four weeks in February, I',
    'tried to make a Sunday reset work for a real, loud, sticky family. Here is what we dropped, and the seven habits that are',
    'still going.',
  ),
];
const bItems: [string, string][] = [
  [
    'We do a 20-minute “house sweep,” not a deep clean.',
    j(
      'Everyone, including the toddler, gets a basket and 20 minutes on a timer. The only job is to put things back where they',
      'live. No scrubbing, no sorting. The first week it took 45 minutes; by week four we were finishing early.',
    ),
  ],
  [
    'Each kid packs their own school bag on Sunday night.',
    j(
      'My 9-year-old was insulted that I had ever done it for her. My 6-year-old needed a picture checklist taped inside the front',
      'door, which I made in five minutes and should have made two years ago.',
    ),
  ],
  [
    'We plan dinners for three nights, not seven.',
    j(
      'This is where the internet version fell apart for us. I planned seven dinners in week one and cooked two of them. Now we',
      'plan Monday to Wednesday, and the rest of the week is leftovers, eggs, or “fridge night.” Nobody has complained.',
    ),
  ],
  [
    'Laundry has its own day, and it is not Sunday.',
    j(
      'Doing every load on Sunday meant the whole house smelled of fabric softener and nobody could find anything. We moved',
      'laundry to Thursday evening and use Sunday only to put away whatever is left. It is a small change that gave us back about',
      'two hours.',
    ),
  ],
  [
    'I write the week on a whiteboard, not in an app.',
    j(
      'My partner and I both have calendar apps. Neither of us opens the other’s. A cheap whiteboard by the fridge with swimming,',
      'the dentist and who is doing pickup has ended roughly 80% of our “I didn’t know that was today” arguments.',
    ),
  ],
  [
    'We take a 30-minute walk before the reset starts.',
    j(
      'This one came from Dr. Amara Osei, a family psychologist I spoke to for this piece. “Transitions are hard for kids, and a',
      'Sunday evening full of chores can feel like the weekend is being taken away,” she told me. “A short walk first marks the',
      'change and burns off some energy.” She was right. The grumbling dropped by half.',
    ),
  ],
  [
    'Everyone gets one “no-reset” Sunday a month.',
    j(
      'Burnout is real, even for routines. On the last Sunday of the month, we skip the whole thing and order pizza. Knowing it is',
      'coming makes the other three Sundays much easier to sell.',
    ),
  ],
];
const bOutro = 'Do you have a Sunday routine that actually works with kids? Tell me about it in the comments.';
const bNav = ['Quizzes', 'Shopping', 'Food', 'Life', 'Videos', 'Arcade'];
const bTrending = ['Trending', '31 Parents Share The Rule They Swore They’d Never Have', 'Which Snack Are You Based On Your Morning Routine?'];
const bReactions = ['LOL', '7', 'OMG', '2', 'win', '41', 'cute', '12'];
const bMore = [
  '17 Tiny Habits That Made Our Mornings Less Chaotic',
  'Parents Are Sharing The Chore Chart Hacks That Actually Worked',
  'This Family Gave Up Screens On Weeknights. Here’s What Happened',
];
const bFoot = ['About', 'Press', 'RSS', 'Shop', 'Privacy', 'User Terms', 'Ad Choices', 'Accessibility Statement', 'Help'];
const bSub = (i: number): string => {
  const [t, p] = bItems[i] ?? ['', ''];
  return `<div class="subbuzz subbuzz-text xs-mb4 xs-relative" id="mod-subbuzz-text-${i + 3}"><h2 class="subbuzz__title"><span
class="subbuzz__number">${i + 1}.</span> <span class="js-subbuzz__title-text">${t}</span></h2>
<div class="subbuzz__description"><p>${p}</p></div></div>`;
};
const bImg = (file: string, alt: string, credit: string): string => `<div class="subbuzz subbuzz-image xs-mb4 xs-relative"><figure
class="subbuzz__media"><picture><img src="https://img.buzzline-static.com/static/2027-03/2/14/subbuzz/${file}" alt="${alt}"
class="img-nav"></picture><figcaption class="subbuzz__attribution"><span class="subbuzz__attribution-text">${credit}</span></figcaption></figure></div>`;
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>7 Sunday Reset Habits That Actually Work With Kids</title><meta name="description" content="${bDek}"/>
<meta property="og:title" content="${bTitle}"/><meta property="og:site_name" content="Buzzline"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2027-03-04T15:31:02.000Z"/><meta name="twitter:card" content="summary_large_image"/>
<link rel="preload" href="https://www.buzzline.com/static-assets/_next/static/css/5a1c09d2e8f7b3a4.css" as="style"/>
<link rel="stylesheet" href="https://www.buzzline.com/static-assets/_next/static/css/5a1c09d2e8f7b3a4.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bTitle}","description":"${bDek}",
"datePublished":"2027-03-04T15:31:02.000Z","author":[{"@type":"Person","name":"Maddie Wren","jobTitle":"Buzzline Staff"}]}</script>
<script>window.BZFD = {"Config":{"ads":{"programmatic":true,"zone":"life/wellness"},"localization":{"country":"us"},"isBPage":true}};</script></head>
<body><div id="__next"><div class="page_pageWrapper__3xYtq">
<header class="navbar_navbar__dQ8pL"><div class="navbar_navbarInner__1yWcm"><a class="navbar_logo__Gf2kS" href="/"><svg role="img"
aria-labelledby="bl-logo"><title id="bl-logo">Buzzline Homepage</title></svg></a>
<nav class="navbar_links__u2Nw7"><ul>${links(bNav, 'navbar_link__kB0cJ')}</ul></nav>
<div class="navbar_actions__Vr7qe"><button class="navbar_search__H1q0x" aria-label="Search"></button><a class="navbar_signIn__zX3bp"
href="/auth/signin">Sign In</a></div></div>
<div class="trending-bar_trendingBar__LpF7e"><span class="trending-bar_label__pD2rA">${at(bTrending, 0)}</span><ul>${links(
  bTrending.slice(1),
  'trending-bar_item__q8Hfm',
)}</ul></div></header>
<div class="ad-awareness_adWrapper__8dJkH"><div class="ad-awareness_label__Hq2bd">Advertisement</div><div id="div-gpt-ad-awareness"></div></div>
<main class="buzz_main__XUa7M" id="buzz-content"><article class="buzz_article__Ppw2A"><div class="buzz_headlineWrapper__VkL0s">
<div class="breadcrumb_breadcrumb__Rt9vN"><a href="/life">Life</a> <span aria-hidden="true">›</span> <a href="/life/wellness">Wellness</a></div>
<h1 class="headline_title__bIi8N" data-buzz-title="true">${bTitle}</h1>
<p class="headline_description__m1Z0R">${bDek}</p>
<div class="headline-byline_byline__Kc8sY"><a class="headline-byline_bylineLink__sL1fA" href="/maddiewren"><div
class="headline-byline_bylineAvatar__d3Y9u"><img src="https://img.buzzline-static.com/static/user_images/maddiewren.jpg" alt=""/></div><div
class="headline-byline_bylineText__n8Hwp"><span class="headline-byline_bylineName__Q1dLk">by Maddie Wren</span><span
class="headline-byline_bylineTitle__Zb4Xr">Buzzline Staff</span></div></a></div>
<div class="headline-timestamp_timestampWrapper__HvT1c"><p class="headline-timestamp_timestamp__eQ9sL"><time datetime="2027-03-04T15:31:02.000Z">Posted on
March 4, 2027, 10:31 am</time></p></div>
<div class="share-bar_shareBar__rQ2mD"><button class="share-bar_button__P0fQz" aria-label="Share on Facebook"></button><button class="share-bar_button__P0fQz"
aria-label="Share on Pinterest"></button><button class="share-bar_copy__Wm1Kc">Copy Link</button></div></div>
<div class="buzz_body__JcX1v js-buzz-content">
<div class="subbuzz subbuzz-text xs-mb4 xs-relative" id="mod-subbuzz-text-1"><div class="js-subbuzz__text"><p>${at(bIntro, 0)}</p></div></div>
${bImg('sunday-reset-welltok.jpg', 'A tidy kitchen counter with labelled baskets', 'WellTok / @thetidyhourhome')}
<div class="subbuzz subbuzz-text xs-mb4 xs-relative" id="mod-subbuzz-text-2"><div class="js-subbuzz__text"><p>${at(bIntro, 1)}</p></div></div>
${bSub(0)}
${bImg('house-sweep-baskets.jpg', 'Three children carrying laundry baskets', 'Maddie Wren / Buzzline')}
${bSub(1)}
${bSub(2)}
<div class="ad-inline_adWrapper__Yq3nD"><div class="ad-inline_label__G7hRw">Advertisement</div><div id="div-gpt-ad-story1"></div></div>
${bSub(3)}
${bSub(4)}
<div class="subbuzz subbuzz-instagram xs-mb4 xs-relative"><div class="instagram-embed_placeholder__f2Pq9"><a
href="https://www.instagram.com/p/C9zX2aLr4Q1/">View this photo on Instagram</a></div><p class="subbuzz__attribution"><span>instagram.com</span></p></div>
${bSub(5)}
${bImg('family-walk-dog.jpg', 'A family walking a dog on a muddy path', 'Maddie Wren / Buzzline')}
${bSub(6)}
<div class="subbuzz subbuzz-text xs-mb4 xs-relative" id="mod-subbuzz-text-10"><div class="js-subbuzz__text"><p>${bOutro}</p></div></div>
<div class="subbuzz subbuzz-text xs-mb4 xs-relative" id="mod-subbuzz-text-11"><div class="js-subbuzz__text"><p><em>This post is for general
information only and is not a substitute for professional medical or psychological advice.</em></p></div></div>
</div>
<div class="emoji-reactions_emojiReactions__Dm8tV"><h2 class="emoji-reactions_title__z1Xc4">What’s your reaction?</h2><ul
class="emoji-reactions_list__bQ5v7">${[0, 2, 4, 6]
  .map(
    (i) => `<li><button class="emoji-reactions_button__Tq0sW"><img src="https://img.buzzline-static.com/static/images/reactions/${at(bReactions, i)}.png"
alt=""/><span class="emoji-reactions_label__nZ3eC">${at(bReactions, i)}</span><span
class="emoji-reactions_count__F1bLs">${at(bReactions, i + 1)}</span></button></li>`,
  )
  .join('\n')}</ul></div>
<div class="comments-button_wrapper__Jx4pN"><button class="comments-button_button__Ua6eW">View 34 comments</button></div>
<div class="newsletter-signup_wrapper__R3Qk2"><h2 class="newsletter-signup_title__Wf1Sd">Get all the best life hacks in your inbox</h2><p
class="newsletter-signup_text__k9Lmb">Sign up for the Buzzline Goodlife newsletter.</p><form><label class="newsletter-signup_label__P7cXa"
for="nl">Email address</label><input id="nl" type="email"/><button type="submit">Sign up</button></form></div>
</article>
<aside class="sidebar_sidebar__s1QwE"><section class="more-on-this_moreOnThis__h4Gk0"><h2 class="more-on-this_title__Nz6Yp">More on this</h2><ul>${links(
  bMore,
  'more-on-this_item__wE3Rb',
)}</ul></section><div class="ad-sidebar_adWrapper__Ku2Mv"><div class="ad-sidebar_label__yP5qB">Advertisement</div></div></aside></main>
<footer class="footer_footer__Ji3vS"><ul class="footer_links__m7Ddq">${links(bFoot, 'footer_link__aS8eH')}</ul>
<p class="footer_copyright__Cq0Tn">© 2027 Buzzline, Inc</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"buzz":{"id":"7421093","username":"maddiewren","category":"Life",
"title":"${bTitle.replace(/“|”/g, '\\"')}","sub_buzzes_count":14}}},"page":"/[username]/[slug]","buildId":"bl-27.03.1"}</script></body></html>`;
const buzz: TestPage = gold({
  name: 'heldout714-buzzfeed-sunday-reset',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bItems.map(([t], i) => `${i + 1}. ${t}`),
  body: texts([bDek, ...bIntro, ...bItems.map(([, p]) => p), bOutro]),
  bylines: ['by Maddie Wren', 'Buzzline Staff', 'Posted on March 4, 2027, 10:31 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Buzzline Homepage', ...bNav, 'Sign In', ...bTrending, 'Advertisement', 'Life', 'Wellness', 'Copy Link', 'WellTok / @thetidyhourhome',
    'Maddie Wren / Buzzline', 'View this photo on Instagram', 'instagram.com',
    'This post is for general information only and is not a substitute for professional medical or psychological advice.',
    'What’s your reaction?', ...bReactions, 'View 34 comments', 'Get all the best life hacks in your inbox',
    'Sign up for the Buzzline Goodlife newsletter.', 'Email address', 'Sign up', 'More on this', ...bMore, ...bFoot, '© 2027 Buzzline, Inc',
  ],
});

const gBlog = 'The Muddy Wellies Diaries';
const gTitle = 'Our first night camping with a toddler and a baby (or: everything we forgot)';
const gIntro = [
  j(
    'Well, we did it. Two nights at Hollowbeck Farm campsite with Alfie (3) and baby Rosie (7 months), in a tent we had put up',
    'exactly once before, in the garden, in daylight, with no children. I would love to tell you it was idyllic. It was about',
    '60 per cent idyllic, which for us counts as a triumph.',
  ),
  j(
    'A few of you asked on Instagram how we managed the sleeping, so I thought I would write it all down while I can still',
    'remember it, and before the smell of woodsmoke finally comes out of the baby.',
  ),
];
const gCaption = 'Home for the weekend, pitched right next to the stream (the stream was a mistake, see below)';
const gSecs: [string, string[]][] = [
  [
    'The journey',
    [
      j(
        'Hollowbeck is only an hour and a quarter from us, which is the main reason we picked it. Rosie slept the whole way. Alfie',
        'asked “are we there yet?” eleven times, which I know because Tom counted. We stopped at the farm shop in Kelderby for',
        'sausage rolls and arrived just after two, which gave us plenty of daylight to get the tent up.',
      ),
    ],
  ],
  [
    'The sleeping (the bit everyone asked about)',
    [
      j(
        'We took the travel cot for Rosie and put it in the inner bedroom with us, with a sleeping bag rated for 16 degrees and two',
        'layers underneath. Alfie had his own little air bed and his big-boy sleeping bag, which he was so proud of that he got into',
        'it at half past five and refused to get out for tea.',
      ),
      j(
        'The first night was rough. The stream we had been so pleased to be next to turned out to be very loud, and Alfie woke at',
        'midnight convinced it was a monster. Tom ended up sleeping half in Alfie’s compartment with one arm through the zip. The',
        'second night, with the monster properly introduced and waved at, everyone slept until six. Six! In a field!',
      ),
    ],
  ],
  ['What we forgot', ['Honestly, quite a lot. In no particular order:']],
  [
    'Would we do it again?',
    [
      j(
        'Absolutely. Alfie has asked every day since when we are going back to “the tent house”, and Rosie spent most of Saturday',
        'lying on a blanket watching the trees, which is more relaxed than I have seen her at home in weeks. Next time we will pitch',
        'further from the stream, pack the bunny first, and maybe, just maybe, bring a mallet.',
      ),
      j(
        'P.S. Hollowbeck Farm did not pay us or give us anything for this post. We paid for our pitch like everyone else, and I would',
        'recommend it to anyone with little ones.',
      ),
    ],
  ],
];
const gList = [
  'A washing-up bowl (we used the baby bath, which was then also the baby bath)',
  'Spare batteries for the lantern',
  'Alfie’s bunny, which meant a 40-minute round trip home on the first evening. Worth it.',
  'Enough wet wipes. There are never enough wet wipes.',
  j('A mallet. We borrowed one from the lovely family on the next pitch, who also gave Alfie a marshmallow and, I suspect, a', 'lifelong love of camping.'),
];
const gTabs = ['Home', 'About us', 'Where we’ve been', 'Contact'];
const gShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const gLabels = ['camping', 'days out', 'toddler life'];
type GComment = [name: string, date: string, text: string, reply?: GComment];
const gComments: GComment[] = [
  [
    'Sarah @ Three Little Acorns',
    '7 June 2027 at 08:12',
    j(
      'This made me laugh so much, especially the monster stream! We are braving our first camping trip with our two in August, so I',
      'am saving this list. Mallet, noted.',
    ),
    ['Becca', '7 June 2027 at 19:30', 'Ha, honestly bring two mallets! Good luck, you will love it x'],
  ],
  ['Anonymous', '8 June 2027 at 13:05', 'We went to Hollowbeck last summer too, the farm shop ice cream is the best. Did you get to see the lambs?'],
];
const gArchive = ['2027', '(9)', 'June', '(2)', 'Ten rainy day ideas that cost nothing', 'May', '(3)', 'April', '(2)', 'March', '(2)', '2026', '(31)'];
const gPopular: [string, string][] = [
  ['Ten rainy day ideas that cost nothing', 'We get a lot of rain round here. Like, a lot. So over the years we have built up a list of things to do'],
  ['Potty training in a caravan: a survival guide', 'I am not going to pretend this was a good idea. It was not a good idea. But it happened, and we'],
];
const gCommentHtml = ([name, date, text, reply]: GComment, id: number): string => `<li class="comment" id="c${id}"><div class="avatar-image-container"><img
src="//resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user">${
  name === 'Anonymous' ? name : `<a href="https://www.blogger.com/profile/0${id}" rel="nofollow">${name}</a>`
}</cite><span class="icon user ${name === 'Becca' ? 'blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html?showComment=${id}#c${id}">${date}</a></span></div>
<p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self"
data-comment-id="${id}">Reply</a><span
class="item-control blog-admin blog-admin pid-1592377"><a target="_self" href="https://www.blogger.com/comment/delete/1/${id}">Delete</a></span></span></div>
<div class="comment-replies">${
  reply
    ? `<div id="c${id}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span
class="thread-count"><a target="_self">Replies</a></span></span><ol id="c${id}-ra"
class="thread-chrome thread-expanded"><div>${gCommentHtml(reply, id + 1)}</div>
<div id="c${id}-continue" class="continue"><a class="comment-reply" target="_self" data-comment-id="${id}">Reply</a></div></ol></div>`
    : ''
}</div><div class="comment-replybox-single" id="c${id}-ce"></div></li>`;
const gHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'><head>
<meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/><link href='https://muddywelliesdiaries.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="${gBlog} - Atom" href="https://muddywelliesdiaries.blogspot.com/feeds/posts/default" />
<meta content='${gTitle}' property='og:title'/><meta content='https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html' property='og:url'/>
<title>${gBlog}: ${gTitle}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple. Designer: Blogger. URL: www.blogger.com */
body { font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #3b3b3b; background: #f3efe6 none repeat scroll top left; }
.item-control { display: none; }
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/1535467126-widget_css_2_bundle.css' />
<script type="text/javascript">(function() { var b=window,f="jstiming"; b[f]={}; })();
_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d5520983417726195812','//muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html',
'5520983417726195812');</script></head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
if (window.gapi && window.gapi.load) { window.gapi.load("gapi.iframes:gapi.iframes.style.bubble", function() {}); }</script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><header><div class='header-outer'><div class='region-inner header-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'>
<div class='titlewrapper'><h1 class='title'><a href='https://muddywelliesdiaries.blogspot.com/'>${gBlog}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Two kids, one tent, a lot of rain.</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList'
data-version='1' id='PageList1'><div class='widget-content'><ul>${links(gTabs)}</ul><div class='clear'></div></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-width-right'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Main'>
<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 6 June 2027</span></h2>
<div class="date-posts"><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope'
itemtype='http://schema.org/BlogPosting'><meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4tent/s1600/tent.jpg' itemprop='image_url'/>
<meta content='5520983417726195812' itemprop='blogId'/><meta content='7128836645219876543' itemprop='postId'/><a name='7128836645219876543'></a>
<h3 class='post-title entry-title' itemprop='name'>${gTitle}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-7128836645219876543' itemprop='description articleBody'>
<div>${at(gIntro, 0)}</div><div><br /></div><div>${at(gIntro, 1)}</div><div><br /></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4tent/s1600/tent.jpg" style="margin-left: auto; margin-right:
auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4tent/w400-h300/tent.jpg" width="400" /></a></td></tr><tr><td class="tr-caption"
style="text-align: center;">${gCaption}</td></tr></tbody></table>
${gSecs
  .map(
    ([h, p], i) =>
      `<h3 style="text-align: left;">${h}</h3>\n${p.map((x) => `<div>${x}</div>`).join('<div><br /></div>\n')}${
        i === 2 ? `\n<ul style="text-align: left;">${lis(gList)}</ul>` : '<div><br /></div>'
      }${
        i === 1
          ? `\n<div class="separator" style="clear: both; text-align: center;"><a
href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh9cot/s1600/cot.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1600" data-original-width="1200" height="320"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh9cot/w240-h320/cot.jpg" width="240" /></a></div>`
          : ''
      }`,
  )
  .join('\n')}
<div><br /></div><div>Becca x</div>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/04417726195812553' itemprop='url'/><a class='g-profile'
href='https://www.blogger.com/profile/04417726195812553' rel='author' title='author profile'><span itemprop='name'>Becca</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html' itemprop='url'/><a
class='timestamp-link' href='https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html' rel='bookmark' title='permanent link'><abbr
class='published' itemprop='datePublished' title='2027-06-06T20:41:00+01:00'>20:41</abbr></a></span>
<span class='post-comment-link'></span> <span class='post-icons'><span class='item-control blog-admin pid-1592377'><a
href='https://www.blogger.com/post-edit.g?blogID=5520983417726195812&amp;postID=7128836645219876543&amp;from=pencil' title='Edit Post'><img alt=''
class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>${gShare
  .map(
    (t) => `<a class='goog-inline-block share-button sb-${t.toLowerCase().replace(/[^a-z]/g, '')}'
href='https://www.blogger.com/share-post.g?blogID=5520983417726195812&amp;postID=7128836645219876543&amp;target=${t.split(' ').pop()}' target='_blank'
title='${t}'><span class='share-button-link-text'>${t}</span></a>`,
  )
  .join('')}</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: ${gLabels
  .map((t) => `<a href='https://muddywelliesdiaries.blogspot.com/search/label/${t.replace(/ /g, '%20')}' rel='tag'>${t}</a>`)
  .join(',\n')}</span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4><div class='comments-content'><div id='comment-holder'><div
class="comment-thread toplevel-thread"><ol id="top-ra">
${gComments.map((c, i) => gCommentHtml(c, 7410 + i * 10)).join('\n')}
</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread"
id="top-ce"></div><div class="loadmore hidden" data-post-id="7128836645219876543"><a target="_self">Load more...</a></div></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4><p></p><a
href='https://www.blogger.com/comment/frame/5520983417726195812?po=7128836645219876543&amp;hl=en-GB' id='comment-editor-src'></a><iframe
allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor'
src='' width='100%'></iframe></div></p></div></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link'
href='https://muddywelliesdiaries.blogspot.com/2027/06/ten-rainy-day-ideas.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span><span
id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://muddywelliesdiaries.blogspot.com/2027/05/potty-training-caravan.html'
id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://muddywelliesdiaries.blogspot.com/'>Home</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link'
href='https://muddywelliesdiaries.blogspot.com/feeds/7128836645219876543/comments/default' target='_blank' type='application/atom+xml'>Post Comments
(Atom)</a></div></div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a
href='https://www.blogger.com/profile/04417726195812553'><img
alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/becca.jpg' width='80'/></a><dl class='profile-datablock'><dt
class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/04417726195812553' rel='author'
style='background-image: url(//www.blogger.com/img/logo-16.png);'>Becca</a></dt><dd class='profile-textblock'>Mum of two, wife of one, owner of far too many
wellies. Writing about family life, days out and our slow attempts at getting outdoors more.</dd></dl><a class='profile-link'
href='https://www.blogger.com/profile/04417726195812553' rel='author'>View my complete profile</a><div class='clear'></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div
id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy
toggle-open'>▼&nbsp;</span></a><a class='post-count-link'
href='https://muddywelliesdiaries.blogspot.com/2027/'>${at(gArchive, 0)}</a> <span class='post-count'
dir='ltr'>${at(gArchive, 1)}</span><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy
toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://muddywelliesdiaries.blogspot.com/2027/06/'>${at(gArchive, 2)}</a> <span
class='post-count' dir='ltr'>${at(gArchive, 3)}</span><ul class='posts'><li><a href='https://muddywelliesdiaries.blogspot.com/2027/06/ten-rainy-day-ideas.html'
>${at(gArchive, 4)}</a></li><li><a href='https://muddywelliesdiaries.blogspot.com/2027/06/first-night-camping.html'>${gTitle}</a></li></ul></li>
${[5, 7, 9]
  .map(
    (i) => `<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a><a class='post-count-link'
href='https://muddywelliesdiaries.blogspot.com/2027/0${5 - (i - 5) / 2}/'>${at(gArchive, i)}</a>
<span class='post-count' dir='ltr'>${at(gArchive, i + 1)}</span></li>`,
  )
  .join('\n')}</ul></li>
<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a><a class='post-count-link'
href='https://muddywelliesdiaries.blogspot.com/2026/'>${at(gArchive, 11)}</a>
<span class='post-count' dir='ltr'>${at(gArchive, 12)}</span></li></ul></div></div>
<div class='clear'></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>${gPopular
  .map(
    ([t, s]) => `<li><div class='item-content'><div class='item-title'><a href='https://muddywelliesdiaries.blogspot.com/'>${t}</a></div><div
class='item-snippet'>${s}</div></div><div style='clear: both;'></div></li>`,
  )
  .join('\n')}</ul><div class='clear'></div></div></div>
</div></aside></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution'
data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com'
target='_blank'>Blogger</a>.</div><div class='clear'></div></div></div></div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350217-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY6Xk1'; _WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document
.getElementById('Blog1'), {'cmtInteractionsEnabled': false}, 'displayModeFull'));</script></body></html>`;
const blogger: TestPage = gold({
  name: 'heldout714-blogger-camping',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: texts([...gIntro, ...gSecs.flatMap(([, p], i) => (i === 2 ? [...p, ...gList] : p))]),
  bylines: ['Sunday, 6 June 2027', 'Becca x', 'Posted by Becca at 20:41', ...gComments.flatMap(([n, d, , r]) => [n, d, ...(r ? [r[0], r[1]] : [])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    gBlog, 'Two kids, one tent, a lot of rain.', ...gTabs, gCaption, ...gShare, 'Labels:', ...gLabels, '3 comments:',
    ...gComments.flatMap(([, , t, r]) => [t, ...(r ? [r[2]] : [])]), 'Reply', 'Replies', 'Add comment', 'Post a Comment', 'Newer Post',
    'Older Post', 'Subscribe to: Post Comments (Atom)', 'About Me',
    'Mum of two, wife of one, owner of far too many wellies. Writing about family life, days out and our slow attempts at getting outdoors more.',
    'View my complete profile', 'Blog Archive', ...gArchive, 'Popular Posts', ...gPopular.flat(), 'Simple theme. Powered by Blogger.',
  ],
});

export const HELDOUT714_B: readonly TestPage[] = [buzz, blogger];
