import { links, ps, type TestPage, texts } from './page-kit.js';
import { healthUnlocked } from './pages-heldout216-a2.js';
import { paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file a: a MyFitnessPal Community discussion on the Vanilla forum template (the MyFitnessPal site
 * header, the Vanilla title bar with "Sign In" and "Register", breadcrumbs, the discussion with author, post count, date and
 * category, the comments each with author, rank, date and reactions, one comment quoting the first post, the pager, the
 * "Sign In or Register to comment." box, the side panel with categories and "Popular Discussions", the consent banner and
 * the footer) and, from file a2, a HealthUnlocked post with replies.
 */
const title = 'Lost 9 kg since June but my 5k time has got slower. Normal?';
const op = paras(`
Bit of a strange one. I started logging in June at 94 kg and I’m now 85 kg, eating around 1,750 calories a day with a 500
calorie deficit. I run three times a week and was really hoping the lighter me would be faster, but my parkrun times have gone
from 27:40 in the summer to 29:10 last Saturday.

My easy runs feel harder too, especially the last kilometre. Sleep is fine, about seven hours. Is this just the deficit catching
up with me, or am I doing something wrong? I don’t want to eat more and stall the weight loss, but I also don’t want to keep
getting slower.
`);
const comments = [
  {
    name: 'RunningOnOats',
    rank: 'Posts: 4,812 Member',
    date: 'December 1',
    quote: 'I don’t want to eat more and stall the weight loss',
    text: paras(`
You probably don’t need to eat more on rest days, but try moving some of your calories to the hours before and after your runs.
A banana and a slice of toast an hour before made a big difference to how my runs felt when I was cutting.

Also check your carbs. A lot of people drop them without noticing when they start logging, and that shows up first in the
last part of a run.
`),
  },
  {
    name: 'bettina_lifts',
    rank: 'Posts: 1,209 Member',
    date: 'December 1',
    quote: '',
    text: paras(`
Summer to December is also a big change in conditions. Cold, wind and wet paths all cost you time. I wouldn’t read too much into
one parkrun. Look at your heart rate on easy runs over a few weeks instead.
`),
  },
  {
    name: 'MarcusPaceNotes',
    rank: 'Posts: 12,337 Member',
    date: 'December 2',
    quote: '',
    text: paras(`
Nine kilos in about six months is a good rate, but it is still a steady deficit on top of three runs a week. A lot of runners
take a diet break of a week or two at maintenance every couple of months. You usually come back faster and the scale hardly
moves once the extra water from the carbs settles.

Are you doing any strength work? If you have lost some muscle along with the fat, that would also explain the last kilometre.
`),
  },
  {
    name: 'HelenaK_85',
    rank: 'Posts: 96 Member',
    date: 'December 3',
    quote: '',
    text: paras(`
Original poster here. Thanks all, this is really helpful. I had cut my breakfast to just coffee on run days, which I think says
it all. Trying toast and a banana before Saturday’s parkrun and I’ll report back.
`),
  },
] as const;
const siteNav = ['Food', 'Exercise', 'Apps', 'Community', 'Blog', 'Premium'] as const;
const crumbs = ['Home', 'Fitness and Exercise'] as const;
const side = [
  'Recent Discussions',
  'Categories',
  'Getting Started',
  'Debate Club',
  'Fitness and Exercise',
  'Food and Nutrition',
  'Motivation and Support',
] as const;
const popular = ['Anyone else hate running in the dark?', 'Steps vs workouts for fat loss', 'Log your December miles here'] as const;
const foot = ['Contact Us', 'Terms', 'Privacy Center', 'Do Not Sell My Personal Information', 'Community Guidelines', 'Feedback'] as const;
const consent =
  'We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features ' + 'and to analyse our traffic.';
const meta = (name: string, rank: string, date: string, iso: string): string => `<div class="Item-Header CommentHeader">
<div class="AuthorWrap"><span class="Author"><a title="${name}" href="/profile/${name}" class="PhotoWrap"><img src="https://us.v-cdn.example/${name}.png"
alt="${name}" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/${name}" class="Username js-userCard">${name}</a></span>
<span class="AuthorInfo"><span class="MItem PostCount">${rank.replace(' Member', '')}</span> <span class="MItem RoleTitle">Member</span></span></div>
<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated"><a href="/discussion/comment/${iso}" class="Permalink" rel="nofollow">
<time title="${date}, 2026 8:14AM" datetime="${iso}">${date}</time></a></span></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${title} — MyFitnessPal.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="MyFitnessPal.com">
<meta name="description" content="Bit of a strange one. I started logging in June at 94 kg and I’m now 85 kg.">
<meta property="og:type" content="article"><link rel="canonical" href="https://community.myfitnesspal.com/en/discussion/10934218/lost-9-kg">
<link rel="stylesheet" href="/dist/v2/layouts.min.css?h=b1e2"><script>gdn=window.gdn||{};gdn.meta={"DiscussionID":10934218,"Category":"Fitness"};</script>
<script src="/js/library/jquery.js?v=2026.020" defer></script></head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-fitness-and-exercise">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${consent}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Preferences</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div>
<div id="Frame"><div class="Frame-top"><div class="mfp-header"><a class="mfp-logo" href="https://www.myfitnesspal.com/"><span
class="sr-only">MyFitnessPal</span></a>
<ul class="mfp-main-nav">${links(siteNav, 'mfp-main-nav__item')}</ul></div>
<div class="Frame-header"><div class="MeBox MeBox-SignIn"><div class="SignInLinks"><a href="/entry/signin" class="Button Primary SignInPopup"
rel="nofollow">Sign In</a> <span class="Bullet">·</span> <a href="/entry/register" class="Button ApplyButton" rel="nofollow">Register</a></div></div></div>
<div class="Frame-details"><div class="Frame-row"><main class="Content MainContent" role="main">
<div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
<span class="CrumbLabel CrumbLabel-HomeCrumb"><a href="/" itemprop="item"><span itemprop="name">${crumbs[0]}</span></a></span>
<span itemprop="itemListElement" class="Crumb">›</span> <span class="CrumbLabel Category-fitness"><a href="/categories/fitness-and-exercise"><span
itemprop="name">${crumbs[1]}</span></a></span></span></div>
<div class="Discussion"><div class="PageTitle"><div class="Options"><span class="Bookmark" title="Bookmark"></span></div><h1>${title}</h1></div>
<div class="ItemDiscussion ItemDiscussion-withPhoto"><div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author">
<a href="/profile/HelenaK_85" class="Username js-userCard">HelenaK_85</a></span><span class="AuthorInfo"><span class="MItem PostCount">Posts: 96</span>
<span class="MItem RoleTitle">Member</span></span></div><div class="Meta DiscussionMeta"><span class="MItem DateCreated">
<a href="/discussion/10934218" class="Permalink"><time title="November 30, 2026 7:02PM" datetime="2026-11-30T19:02:11+00:00">November 30</time></a></span>
<span class="MItem Category">in <a href="/categories/fitness-and-exercise">Fitness and Exercise</a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${ps(op)}</div>
<div class="Reactions"><a class="ReactButton ReactButton-Like" href="#" title="Like">Like</a><a class="ReactButton" href="#">Helpful</a>
<a class="ReactButton ReactButton-Flag" href="#">Flag</a></div></div></div></div></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"><span class="Pager NumberedPager"><a class="Previous Pager-nav" aria-disabled="true">«</a>
<a class="Highlight" aria-current="page">1</a><a class="Next Pager-nav" aria-disabled="true">»</a></span></span>
<div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Replies</h2><ul class="MessageList DataList Comments">
${comments
  .map(
    (c, i) => `<li class="Item Alt ItemComment" id="Comment_5582${i}">${meta(c.name, c.rank, c.date, `2026-12-0${i}T08:14:00+00:00`)}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${
      c.quote === ''
        ? ''
        : `<blockquote class="blockquote UserQuote"><div class="QuoteAuthor"><a href="/profile/HelenaK_85">HelenaK_85</a> wrote:</div>
<div class="QuoteText"><p>${c.quote}</p></div></blockquote>`
    }
${ps(c.text)}</div><div class="Reactions"><a class="ReactButton ReactButton-Like" href="#">Like</a><span class="Count">${i + 2}</span>
<a class="ReactButton" href="#">Helpful</a></div></div></div></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" rel="nofollow">Sign In</a> or
<a href="/entry/register" rel="nofollow">Register</a> to comment.</div></div></main>
<aside class="Panel Panel-main" role="complementary"><div class="Box BoxCategories"><h4 aria-level="2">Categories</h4>
<ul class="PanelInfo PanelCategories">${links(
  side.filter((s) => s !== 'Categories'),
  'ClearFix',
)}</ul></div>
<div class="Box BoxPromoted"><h4 aria-level="2">Popular Discussions</h4><ul class="PanelInfo">${links(popular, 'Item')}</ul></div></aside>
</div></div>
<div class="Frame-footer"><div class="Footer"><ul class="mfp-footer-links">${links(foot, 'mfp-footer-links__item')}</ul>
<p class="mfp-copyright">© 2026 MyFitnessPal, Inc.</p><a class="PoweredByVanilla"
href="https://vanillaforums.com">Powered by Vanilla</a></div></div></div></div>
<script src="/js/vanilla.min.js?v=2026.020" defer></script></body></html>`;

const myFitnessPal: TestPage = {
  html,
  name: 'heldout216-myfitnesspal-community-thread',
  kind: 'forum',
  // thread convention: the first post and every reply are body, the quoted line is in neither list; names and dates are
  // bylines; post counts, role titles, reactions and the category panel are furniture
  title,
  headings: [],
  body: [...texts(op), ...comments.flatMap((c) => texts(c.text))],
  bylines: ['HelenaK_85', 'November 30', ...comments.map((c) => c.name), 'December 1', 'December 2', 'December 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    consent, 'Manage Preferences', 'Accept All', ...siteNav, 'Sign In', 'Register', ...crumbs, 'Posts: 96', 'Posts: 4,812', 'Posts: 1,209',
    'Posts: 12,337', 'Member', 'in Fitness and Exercise', 'Like', 'Helpful', 'Flag', 'Replies', 'Sign In or Register to comment.', ...side,
    'Popular Discussions', ...popular, ...foot, '© 2026 MyFitnessPal, Inc.', 'Powered by Vanilla',
  ])],
};

export const HELDOUT216_A: readonly TestPage[] = [myFitnessPal, healthUnlocked];
