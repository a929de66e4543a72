import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (blog), written in session 9 before any measurement and without looking at
 * the reader's rules: a Substack post with its subscribe widgets, share buttons and comments,
 * and a Medium post with its obfuscated class names, clap bar, author card and recommendations.
 */
const letter = [
  'My grandmother kept a notebook on the kitchen windowsill that she called the "left book." It was not a recipe book. ' +
    'Every evening she wrote down what was left over from the day, and every morning she read it before deciding what to cook.',
  "I found it again last autumn, clearing out my mother's loft, and I have been thinking about it ever since. The entries " +
    'are short and plain: "half a cabbage, two cold potatoes, the end of the ham, milk turning." There is nothing clever ' +
    'in them, and that is the point. The book made the leftovers the first ingredient rather than the last resort.',
  'Most advice about food waste starts at the shop: buy less, plan meals, write a list. All sensible. But a plan made on ' +
    'Sunday is a guess about the week, and by Wednesday the guess is wrong. The left book worked the other way round. ' +
    'It started from what was actually in the kitchen and planned only one day ahead.',
  'I have kept my own for four months now, on the back of an envelope stuck to the fridge. Three things surprised me.',
  'The first is how little time it takes. Writing the list is a minute at most, usually while the kettle boils. Reading ' +
    "it in the morning takes less. The time I used to spend staring into the fridge at six o'clock has simply gone.",
  'The second is that it changed what I buy. When the same things keep turning up on the list, a bag of spinach, the ' +
    'second half of a tin of coconut milk, you stop buying them in those sizes, or you start buying the thing that ' +
    'finishes them off.',
  'The third is that the cooking got better. A meal built around two cold potatoes and the end of a ham has to be ' +
    "invented, and invention is more fun than following instructions. My grandmother's hash was never the same twice.",
  'I am not going to pretend an envelope on the fridge will fix anything large. But if you try one thing this month, ' +
    'try this: tonight, before bed, write down what is left. Tomorrow, start there.',
];
const substack: TestPage = {
  name: 'heldout5-substack-post',
  kind: 'blog',
  // gold: title, subtitle, the essay paragraphs and its two section headings (the pull quote repeats the body and is furniture)
  title: 'The left book',
  headings: ['What happened when I tried it', 'Start tonight'],
  body: ["My grandmother's notebook of leftovers, and why planning one day ahead beats planning a week", ...texts(letter)],
  bylines: ['Imogen Hartley', 'Mar 02, 2025'],
  furniture: [
    'The Slow Kitchen',
    'Subscribe',
    'Sign in',
    '214',
    '37',
    'Share',
    'The Slow Kitchen is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    "My grandmother's left book, 1951 to 1954.",
    'The left book made the leftovers the first ingredient rather than the last resort.',
    'Leave a comment',
    'Discussion about this post',
    'Comments',
    'Restacks',
    'Rowan P.',
    'I started doing this after your last post about soup and it has halved what goes in our bin.',
    'Like (12)',
    'Reply',
    'Ready for more?',
    '© 2025 Imogen Hartley',
    'Privacy ∙ Terms ∙ Collection notice',
    'Start writing',
    'Get the app',
    'Substack is the home for great culture',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>The left book - by Imogen Hartley - The Slow Kitchen</title><meta property="og:type" content="article">\
</head><body><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><a class="navbar-logo-container"><img alt="The Slow Kitchen" class="navbar-logo"></a><h1\
 class="navbar-title"><a class="navbar-title-link">The Slow Kitchen</a></h1><div class="navbar-buttons"><button class="button primary">Subscribe\
</button><button class="button">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw" dir="auto">The left book</h1><h3 class="subtitle" dir="auto">My grandmother's\
 notebook of leftovers, and why planning one day ahead beats planning a week</h3>
<div class="pencraft pc-display-flex post-meta"><div class="profile-hover-card-target"><a class="pencraft frontend-pencraft-Text-module__decoration-hover-\
underline">Imogen Hartley</a></div><div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Mar 02, 2025</div></div>
<div class="post-ufi"><div class="like-button-container post-ufi-button"><button aria-label="Like (214)"><svg></svg><div class="label">214</div></button>\
</div><a class="post-ufi-button post-ufi-comment-button"><svg></svg><div class="label">37</div></a><button class="post-ufi-button">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(letter.slice(0, 2))}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"><div class="image2-inset"><picture><img\
 src="https://substackcdn.com/image/fetch/w_1456/left-book.jpeg" width="1456" height="971" alt=""></picture><div class="image-link-expand"><svg></svg>\
</div></div></a><figcaption class="image-caption">My grandmother's left book, 1951 to 1954.</figcaption></figure></div>
${ps(letter.slice(2, 3))}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div\
 class="preamble"><p class="cta-caption">The Slow Kitchen is a reader-supported publication. To receive new posts and support my work, consider\
 becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"\
 placeholder="Type your email..." tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">What happened when I tried it<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor-widget">\
<button aria-label="Link"><svg></svg></button></div></div></h2>
${ps(letter.slice(3, 5))}
<div class="pullquote"><p>The left book made the leftovers the first ingredient rather than the last resort.</p></div>
${ps(letter.slice(5, 7))}
<p class="button-wrapper" data-attrs="{&quot;action&quot;:&quot;share&quot;}"><a class="button primary" href="?utm_source=substack&amp;action=share">\
<span>Share</span></a></p>
<h2 class="header-anchor-post">Start tonight</h2>
${ps(letter.slice(7))}
<p class="button-wrapper"><a class="button primary" href="/p/the-left-book/comments"><span>Leave a comment</span></a></p></div></div>
<div class="post-footer"><div class="post-ufi"><button aria-label="Like (214)"><div class="label">214</div></button><a class="post-ufi-comment-button">\
<div class="label">37</div></a><button>Share</button></div></div></article>
<div id="discussion" class="comments-page"><h4 class="discussion-header">Discussion about this post</h4><div class="tabs"><button>Comments</button>\
<button>Restacks</button></div><div class="comment-list"><div class="comment"><div class="comment-meta"><a class="commenter-name">Rowan P.</a><a\
 class="comment-date">Mar 3</a></div><div class="comment-body"><p>I started doing this after your last post about soup and it has halved what goes in our\
 bin.</p></div><div class="comment-actions"><button>Like (12)</button><button>Reply</button></div></div></div></div>
<div class="end-of-post-cta"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2025 Imogen Hartley</div><div class="footer-terms">Privacy ∙ Terms ∙ Collection\
 notice</div><div class="footer-buttons"><a class="button">Start writing</a><a class="button">Get the app</a></div><div class="footer-slogan">Substack is\
 the home for great culture</div></div></div></div></div></body></html>`,
};

const flaky = [
  'Every team I have worked on has had a flaky test channel. Someone posts a red build, someone else reruns it, it goes ' +
    'green, and everyone moves on. Once a quarter there is a "flaky test week" that fixes a dozen of them and the channel ' +
    'is quiet for a month.',
  'I used to think of these tests as badly written. After two years of keeping a spreadsheet of every flaky failure on ' +
    'our main service, I think that is mostly wrong. Of the 212 failures I traced to a cause, only 31 were a test with a ' +
    'real bug in it. The rest were tests that were fine on their own and failed because of what ran next to them.',
  'Most of our failures came from three kinds of sharing.',
  'A shared database, where one test left rows behind that another test counted.',
  'A shared port or temporary directory, picked by a fixed name rather than asked of the operating system.',
  'A shared clock, where a test assumed a timeout of one second was plenty on a machine that was running eight other jobs.',
  'None of these shows up when you run the test alone, which is exactly what people do when they investigate it. The ' +
    'test passes, gets marked as flaky, and the real cause keeps hurting the next test that lands on the same runner.',
  'The change that helped most was not in the tests at all. We made the runner record which tests ran on the same ' +
    'worker in the ten seconds before each failure. Within a week the same few neighbours kept appearing, and most of ' +
    'them were fixed with a fresh schema per worker and ports chosen at random.',
  'The second change was to stop rerunning failures automatically. A rerun that passes hides the evidence. We now ' +
    'rerun once to decide whether to block the merge, but the first failure is kept with its neighbours and logged.',
  'Our flaky rate went from around 4 percent of builds to under 0.5 in three months, and the channel has gone quiet ' +
    'without a special week. If your team has the same channel, try looking sideways before you look at the test.',
];
const mediumPost: TestPage = {
  name: 'heldout5-medium-post',
  kind: 'blog',
  // gold: title, subtitle, body paragraphs, the bulleted causes and the two section headings; the photo credit is a caption
  title: 'Flaky tests are a scheduling problem',
  headings: ['Look at the neighbours', 'What we changed'],
  body: ['What two years of tracing intermittent failures taught me about shared state, and why rerunning hides it', ...texts(flaky)],
  bylines: ['Priya Natarajan', 'Published in', 'Better Engineering', '7 min read', 'Jan 14, 2025'],
  furniture: [
    'Open in app',
    'Sign up',
    'Sign in',
    'Write',
    'Member-only story',
    'Follow',
    '1.4K',
    '23',
    'Listen',
    'Share',
    'Photo by Jordan Ellis on Unsplash',
    'Software Testing',
    'Continuous Integration',
    'Written by Priya Natarajan',
    '2.3K Followers',
    'Writer for Better Engineering',
    'Backend engineer. Writes about build systems, tests and the people who maintain them.',
    'Responses (23)',
    'More from Priya Natarajan and Better Engineering',
    'Recommended from Medium',
    'See more recommendations',
    'Help',
    'Status',
    'Careers',
    'Text to speech',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Flaky tests are a scheduling problem | by Priya Natarajan | Better Engineering | Medium</title>\
<meta property="og:type" content="article"></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o p q"><div class="ab q"><a aria-label="Homepage" href="/"><svg></svg></a><div class="ae l"><input placeholder="Search"></div></div>\
<div class="ab q"><a class="bd b be bf bg">Open in app</a><a class="bd b">Sign up</a><a class="bd b">Sign in</a><a class="ab q bd">Write</a></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg fy fz ga gb">
<div class="ab q hq"><span class="member-only">Member-only story</span></div>
<div><h1 id="0c4e" class="pw-post-title gs gt gu be gv gw gx gy gz ha" data-testid="storyTitle" data-selectable-paragraph="">Flaky tests are a\
 scheduling problem</h1></div><div><h2 id="7a1d" class="pw-subtitle-paragraph hs gu gv be b ht hu hv" data-selectable-paragraph="">What two years of\
 tracing intermittent failures taught me about shared state, and why rerunning hides it</h2></div>
<div class="speechify-ignore ab cp"><div class="ab q"><a data-testid="authorPhoto"><img alt="Priya Natarajan" class="l ep by dd de cx" src="/1*a.jpeg">\
</a><div class="ab q"><a data-testid="authorName" class="af ag ah ai aj">Priya Natarajan</a><span class="ib"><button class="bd b">Follow</button></span>\
</div></div><div class="ab q"><span class="be b bf z dy">Published in</span> <a data-testid="publicationName" class="af ag">Better Engineering</a>\
</div><div class="ab q"><span data-testid="storyReadTime">7 min read</span><span> · </span><span data-testid="storyPublishDate">Jan 14, 2025</span></div>\
<div class="ab q ic"><div class="pw-multi-vote-count"><button>1.4K</button></div><button aria-label="responses">23</button><button\
 data-testid="audioPlayButton"><p class="be b">Listen</p></button><button data-testid="headerSocialShareButton"><p class="be b">Share</p></button></div>\
</div>
<figure class="mm mn mo mp mq mr"><div class="ms"><picture><img alt="" class="bg mt mu c" width="700" height="467" src="/1*b.jpeg"></picture></div>\
<figcaption class="mx my mz ml mm na nb be b bf z dy" data-selectable-paragraph="">Photo by <a class="af nc">Jordan Ellis</a> on <a class="af nc">\
Unsplash</a></figcaption></figure>
${ps(flaky.slice(0, 2), ' class="pw-post-body-paragraph ks kt gv ku b kv kw kx ky" data-selectable-paragraph=""')}
<h1 class="lp lq gv be lr ls lt lu lv" data-selectable-paragraph="">Look at the neighbours</h1>
${ps(flaky.slice(2, 3), ' class="pw-post-body-paragraph ks kt gv ku b kv" data-selectable-paragraph=""')}
<ul class=""><li class="mc md gv ku b kv nd ne">${flaky.slice(3, 6).join('</li><li class="mc md gv ku b kv nd ne">')}</li></ul>
${ps(flaky.slice(6, 7), ' class="pw-post-body-paragraph ks kt gv ku b kv" data-selectable-paragraph=""')}
<h1 class="lp lq gv be lr ls lt lu lv" data-selectable-paragraph="">What we changed</h1>
${ps(flaky.slice(7), ' class="pw-post-body-paragraph ks kt gv ku b kv" data-selectable-paragraph=""')}
</div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg"><div class="ab q pg"><a class="ph">Software Testing</a><a class="ph">Continuous Integration</a></div><div class="ab q">\
<button>1.4K</button><button aria-label="responses">23</button></div>
<div class="ab q pl"><div><h2 class="be nk"><a>Written by Priya Natarajan</a></h2><a class="af">2.3K Followers</a><span> · </span><a>Writer for Better\
 Engineering</a><p class="be b">Backend engineer. Writes about build systems, tests and the people who maintain them.</p></div><button>Follow</button></div>
<div class="ab q"><h2 class="be b">Responses (23)</h2><div class="l"><textarea placeholder="What are your thoughts?"></textarea></div></div>
<div class="ab q"><h2>More from Priya Natarajan and Better Engineering</h2><h2>Recommended from Medium</h2><a class="be b">See more recommendations</a>\
</div></div></div>
<div class="ab q ri"><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a><a>Blog</a><a>Privacy</a><a>Terms</a><a>Text to speech</a><a>Teams</a>\
</div></div></div></div></div></body></html>`,
};

export const HELDOUT5_C: readonly TestPage[] = [substack, mediumPost];
