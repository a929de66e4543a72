import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file f2: a question page on "Wendao", an English-language Q&amp;A site built on Zhihu's template (the
 * AppHeader with its tabs and "Log in / Sign up", the "Open in app" bar, the QuestionHeader with topic tags, the collapsed
 * question detail with its "Show all" button, follower and view counts, "Follow question" / "Write an answer" / "Invite",
 * the answer list header with the sort switch, answers with AuthorInfo (name and badge text), voter counts, a figure with
 * caption inside an answer, "Edited on" times and the action bar (Agree, comments, Share, Save, Like, Report), the side
 * column with "Related questions" and an ad card, the sign-up prompt and the footer).
 */
const zTitle = 'Why do so many language learners plateau at the intermediate level, and how do you get past it?';
const zQ = j(
  'I have been learning Portuguese for three years. I can read the news, follow podcasts for learners and hold a simple',
  'conversation, but I feel I have made almost no progress in the last year. Is this common, and what actually worked for people',
  'who got past it?',
);
const zAnswers = [
  {
    name: 'Ottilie Brandvold',
    badge: 'Applied linguist, teaches teachers in Bergen',
    voters: '1,382 people agreed with this answer',
    edited: 'Edited on 2025-11-03',
    agree: 'Agree 1.3K',
    comments: '86 comments',
    fig: 'Beginners notice progress every week; intermediate learners need months to see the same kind of change.',
    ps: [
      j(
        'It is extremely common, and the main reason is that progress stops being visible, not that it stops happening. At the',
        'beginning every new word is one of the thousand most common words, and you notice the difference immediately. By the',
        'intermediate stage, each new word you learn might turn up once in a long article.',
      ),
      j(
        'The second reason is comfort. Intermediate learners are good enough to get by, so they tend to stay with materials they',
        'already understand. Learner podcasts are useful, but they are written to be understood, which means they stop stretching you.',
      ),
      'What gets people moving again, in my experience, is a change in the kind of input and a deliberate focus on output:',
    ],
    list: [
      'Switch to material made for native speakers, even if you only follow 70 percent of it at first.',
      'Pick one narrow area you care about, such as football or cooking, and learn its vocabulary thoroughly.',
      'Write or speak every day and get corrections; the gaps in your grammar only show up when you produce language.',
    ],
  },
  {
    name: 'Caio Rezende',
    badge: 'Native Portuguese speaker, learned English and German as an adult',
    voters: '244 people agreed with this answer',
    edited: 'Edited on 2025-12-19',
    agree: 'Agree 244',
    comments: '19 comments',
    fig: '',
    ps: [
      j(
        'From the other side of the table: when I was stuck in German, what helped most was reading one novel I really wanted to',
        'read, slowly, with a dictionary, over three months. It was painful for the first fifty pages and then it suddenly got easier.',
      ),
      j(
        'For Portuguese specifically, try Brazilian and European television dramas with Portuguese subtitles rather than English ones.',
        'Hearing the words and seeing them spelled at the same time helped my students much more than learner audio.',
      ),
      'And be patient with yourself. A plateau that lasts a year is normal. It does not mean you have reached your limit.',
    ],
    list: [],
  },
];
const zTabs = ['Home', 'Explore', 'Spaces', 'Answer'];
const zTopics = ['Language Learning', 'Portuguese', 'Second Language Acquisition', 'Self-Improvement'];
const zRelated = [
  'How many words do you need to know to read a novel in a foreign language?',
  'Is it better to learn grammar rules or just read a lot?',
  'What is the fastest way to improve listening comprehension?',
  'How do polyglots avoid mixing up similar languages?',
];
const zFoot = ['About Wendao', 'Careers', 'Terms of Service', 'Privacy Policy', 'Help Center', 'Report content', 'Contact us'];
const zAnswer = (
  a: (typeof zAnswers)[number],
  i: number,
): string => `<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="${i}"
name="${90112 + i}" itemprop="suggestedAnswer" itemtype="http://schema.org/Answer" itemscope><div class="ContentItem-meta">
<div class="AuthorInfo AnswerItem-authorInfo"
itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="${a.name}"><span class="UserLink AuthorInfo-avatarWrapper">
<img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic.wendao.example/v2-${i}.jpg" alt="${a.name}"></span>
<div class="AuthorInfo-content">
<div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" data-za-detail-view-element="2"
href="//www.wendao.example/people/${i}">${a.name}</a>
</span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">${a.badge}</div></div></div></div></div>
<div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span class="Voters"><button type="button" class="Button Button--plain">${a.voters}</button>
</span></div></div>
<meta itemprop="upvoteCount" content="${a.voters.split(' ')[0]}"><div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner">
<span class="RichText ztext CopyrightRichText-richText" itemprop="text">${a.ps.map((p) => `<p data-pid="${p.length}">${p}</p>`).join('\n')}
${a.list.length === 0 ? '' : `<ul>${a.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>`}
${
  a.fig === ''
    ? ''
    : `<figure data-size="normal"><img src="https://pic.wendao.example/v2-curve.jpg" data-caption="${a.fig}" class="origin_image zh-lightbox-thumb lazy"
width="1280"><figcaption>${a.fig}</figcaption></figure>`
}</span></div></span>
<div><div class="ContentItem-time"><a target="_blank" href="/question/48811/answer/${90112 + i}"><span data-tooltip="Posted on 2025-10-30">${a.edited}</span>
</a></div></div>
<div class="ContentItem-actions RichContent-actions"><span><button aria-label="${a.agree}" type="button"
class="Button VoteButton VoteButton--up">${a.agree}</button>
<button aria-label="Disagree" type="button" class="Button VoteButton VoteButton--down"></button></span>
<button type="button" class="Button ContentItem-action Button--plain Button--withIcon">${a.comments}</button>
<button type="button" class="Button ContentItem-action ShareMenu-toggler Button--plain">Share</button>
<button type="button" class="Button ContentItem-action Button--plain">Save</button><button type="button"
class="Button ContentItem-action Button--plain">Like</button>
<button type="button" class="Button ContentItem-action Button--plain">Report</button></div></div></div></div>`;
const zHtml = `<!DOCTYPE html>
<html lang="en" data-hairline="true" data-theme="light"><head><meta charset="utf-8"><title>${zTitle} - Wendao</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"><meta name="description" content="${zQ.slice(0, 140)}">
<meta property="og:title" content="${zTitle}"><meta property="og:site_name" content="Wendao"><link rel="canonical"
href="https://www.wendao.example/question/48811">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${zTitle}","answerCount":41,
"dateCreated":"2025-10-28T09:14:02.000Z","suggestedAnswer":[{"@type":"Answer","upvoteCount":1382,"author":{"@type":"Person","name":"Ottilie
Brandvold"}}]}}</script>
<link href="https://static.wendao.example/heifetz/main.app.4e1a.css" rel="stylesheet"><script src="https://static.wendao.example/heifetz/main.app.9f2c.js"
defer></script>
</head><body><div id="root"><div class="App"><div class="OpenInAppButton is-shown"><span>Open Wendao in the app for a better experience</span>
<button class="Button Button--blue">Open in app</button></div><header role="banner" class="Sticky AppHeader" data-za-module="TopNavBar">
<div class="AppHeader-inner">
<a href="//www.wendao.example" aria-label="Wendao"><span class="Wendao-logo">Wendao</span></a><nav role="navigation"
class="AppHeader-Tabs">${links(zTabs, 'Tabs-item')}</nav>
<div class="SearchBar" role="search"><input type="text" class="Input" placeholder="Search Wendao" aria-label="Search"></div><div class="AppHeader-profile">
<button type="button" class="Button Button--primary">Log in</button><button type="button" class="Button Button--blue">Sign up</button></div></div></header>
<main role="main" class="App-main"><div class="QuestionPage" itemscope itemtype="http://schema.org/Question"><meta itemprop="answerCount" content="41">
<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags">
<div class="QuestionHeader-topics">
${zTopics
  .map(
    (t) => `<div class="Tag QuestionTopic" data-za-detail-view-path-module="TopicItem"><span class="Tag-content"><a class="TopicLink"
href="/topic/${t.length}"><div class="Popover"><div>${t}</div></div></a></span></div>`,
  )
  .join('\n')}
</div></div><h1 class="QuestionHeader-title">${zTitle}</h1><div><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed">
<div><span class="RichText ztext" itemprop="text">${zQ}</span><button type="button" class="Button QuestionRichText-more Button--plain">Show all</button></div>
</div></div></div>
<div class="QuestionHeader-side"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts NumberBoard--divider">
<div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">Followers</div>
<strong class="NumberBoard-itemValue">1,204</strong></div></div>
<div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">Views</div>
<strong class="NumberBoard-itemValue">386,551</strong></div></div>
</div></div></div></div><div class="QuestionHeader-footer"><div class="QuestionHeader-footer-inner"><div class="QuestionButtonGroup">
<button type="button" class="Button FollowButton Button--primary Button--blue">Follow question</button><button type="button"
class="Button Button--blue">Write an answer</button>
</div><div class="QuestionHeaderActions"><button type="button" class="Button Button--grey">Invite</button><button type="button"
class="Button Button--plain">Share</button>
<button type="button" class="Button Button--plain">Report</button></div></div></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="Card AnswersNavWrapper"><div class="List">
<div class="List-header"><h4 class="List-headerText"><span>41 answers</span></h4><div class="List-headerOptions">
<button class="Button Select-button">Sort by default</button></div></div>
<div>${zAnswers.map(zAnswer).join('\n')}</div></div></div>
<div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="/question/48811">View all 41 answers</a></div></div>
<div class="Question-sideColumn Question-sideColumn--sticky"><div class="Card" aria-label="Related questions"><div class="Card-header SimilarQuestions-title">
<div class="Card-headerText">Related questions</div></div><div class="Card-section SimilarQuestions-list">${links(zRelated, 'SimilarQuestions-item')}</div>
</div>
<div class="Card Pc-card"><div class="Banner-adTag">Ad</div><a class="Banner-link" href="https://lingotrail.example">
<div class="Banner-title">LingoTrail: 15 minutes a day with
native-speaker tutors</div></a></div><footer role="contentinfo" class="Footer">${links(zFoot, 'Footer-item')}<span class="Footer-dot"></span>
<span>© 2026 Wendao</span></footer></div></div></div></div></main>
<div class="Modal-wrapper signFlowModal" aria-hidden="true" style="display:none"><div class="Modal-inner"><h3>Sign up to see more answers</h3>
<p>Join Wendao to follow questions, write answers and get personalised recommendations.</p>
<button class="Button SignFlow-submitButton">Continue with email</button></div></div>
</div></div><script id="js-initialData" type="text/json">{"initialState":{"entities":{"questions":{"48811":{"answerCount":41}}}}}</script></body></html>`;
export const zhihuStyle: TestPage = {
  name: 'heldout231-wendao-zhihu-question',
  kind: 'forum',
  html: zHtml,
  title: zTitle,
  headings: [],
  // the collapsed question detail is in the page in full (body); figure captions in answers are furniture
  body: texts([zQ, ...zAnswers.flatMap((a) => [...a.ps, ...a.list])]),
  bylines: zAnswers.flatMap((a) => [a.name, a.edited]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Wendao in the app for a better experience', 'Open in app', 'Wendao', ...zTabs, 'Log in', 'Sign up', ...zTopics, 'Show all', 'Followers', '1,204',
    'Views', '386,551', 'Follow question', 'Write an answer', 'Invite', 'Share', 'Report', '41 answers', 'Sort by default',
    ...zAnswers.flatMap((a) => [a.badge, a.voters, a.agree, a.comments]), zAnswers[0]?.fig ?? '', 'Save', 'Like', 'View all 41 answers', 'Related questions',
    ...zRelated, 'Ad', 'LingoTrail: 15 minutes a day with native-speaker tutors', ...zFoot, '© 2026 Wendao', 'Sign up to see more answers',
    'Join Wendao to follow questions, write answers and get personalised recommendations.', 'Continue with email',
  ],
};
