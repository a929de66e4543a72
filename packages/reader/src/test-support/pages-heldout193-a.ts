import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';
import { tutorialsPoint } from './pages-heldout193-a2.js';

/**
 * Held-out batch 193, file a: a Real Python tutorial (navbar with "Learn Python" and "More" dropdowns, byline row with date,
 * reading time, comment count and badges, "Mark as Completed", share menu, "Table of Contents", the "Get Your Code" alert and
 * "Take the Quiz" card at the top of the text, "Remove ads" slots, the hidden code modal, Python Tricks box, author card and
 * team, "What Do You Think?", "Keep Learning" and the footer) and, from file a2, a TutorialsPoint tutorial chapter.
 */
const rpTitle = 'Python Context Managers: Write Your Own With contextlib';
const rpIntro = [
  'Every time you open a file with a <code>with</code> statement, you’re using a context manager. It guarantees that some setup code ' +
    'runs before a block and that some cleanup code runs after it, even when the block raises an exception. Files, locks, database ' +
    'transactions, and temporary directories all rely on this pattern.',
  '<strong>In this tutorial, you’ll learn how to:</strong>',
];
const rpGoals = [
  'Explain what the <code>with</code> statement does <strong>behind the scenes</strong>',
  'Write a <strong>class-based</strong> context manager with <code>.__enter__()</code> and <code>.__exit__()</code>',
  'Turn a generator into a context manager with <code>@contextmanager</code>',
  'Combine a changing number of context managers with <code>ExitStack</code>',
];
const rpIntro2 = ['To get the most out of this tutorial, you should be comfortable with functions, classes, and exceptions in Python.'];
const rpH1 = 'Understanding the with Statement';
const rpP1 = [
  'A <code>with</code> statement takes an object, calls its <code>.__enter__()</code> method, and binds whatever that method returns ' +
    'to the name after <code>as</code>. When the indented block finishes, Python calls the object’s <code>.__exit__()</code> method. ' +
    'That second call happens whether the block ended normally, returned early, or raised an exception.',
  'The three arguments of <code>.__exit__()</code> describe the exception, if there was one. When the block finishes cleanly, all ' +
    'three are <code>None</code>. If <code>.__exit__()</code> returns a true value, then Python swallows the exception. Otherwise, ' +
    'the exception propagates as usual.',
];
const rpH2 = 'Writing a Class-Based Context Manager';
const rpP2 = ['Say you want to measure how long a block of code takes to run. A small class with the two special methods is all you need:'];
const rpP3 = [
  'The <code>.__enter__()</code> method stores the start time and returns the instance itself, so you can read ' +
    '<code>.elapsed</code> after the block. The <code>.__exit__()</code> method records the duration and returns <code>None</code>, ' +
    'which means that any exception raised inside the block still reaches the caller.',
];
const rpNote =
  '<strong>Note:</strong> Use <code>time.perf_counter()</code> rather than <code>time.time()</code> for measuring short intervals. ' +
  'It uses the highest-resolution clock available and isn’t affected by changes to the system clock.';
const rpH3 = 'Using @contextmanager for Simpler Cases';
const rpP4 = [
  'Writing a class for every context manager gets tedious. The <code>contextlib</code> module offers a decorator that turns a ' +
    'generator function into a context manager. Everything before the <code>yield</code> runs on entry, the yielded value is bound ' +
    'by <code>as</code>, and everything after the <code>yield</code> runs on exit:',
];
const rpP5 = [
  'Wrapping the <code>yield</code> in <code>try</code> and <code>finally</code> is important. Without it, an exception inside the ' +
    '<code>with</code> block would be raised at the <code>yield</code>, and your cleanup code would never run.',
];
const rpH4 = 'Managing Several Resources With ExitStack';
const rpP6 = [
  'Sometimes you don’t know in advance how many resources you need to open. A script that merges a variable number of CSV files is ' +
    'a good example. The <code>ExitStack</code> class lets you enter context managers one at a time and guarantees that all of them ' +
    'are closed in reverse order when the stack exits:',
  'If opening the fourth file fails, <code>ExitStack</code> still closes the first three before the exception propagates. Writing the ' +
    'same logic by hand would take several nested <code>try</code> blocks.',
];
const rpH5 = 'Conclusion';
const rpP7 = [
  'You’ve seen how the <code>with</code> statement calls <code>.__enter__()</code> and <code>.__exit__()</code>, how to write your ' +
    'own context manager as a class, how to write a shorter one with <code>@contextmanager</code>, and how <code>ExitStack</code> ' +
    'handles a changing number of resources.',
  'The next time you find yourself writing setup and teardown code around a block, consider moving it into a context manager. ' +
    'Your callers will get cleanup for free, and your intent will be clearer to anyone who reads the code.',
];
const rpLearn = [
  ['Python Tutorials →', 'In-depth articles and video courses'],
  ['Learning Paths →', 'Guided study plans for accelerated learning'],
  ['Quizzes &amp; Exercises →', 'Check your learning progress'],
  ['Browse Topics →', 'Focus on a specific area or skill level'],
  ['Community Chat →', 'Learn with other Pythonistas'],
  ['Office Hours →', 'Live Q&amp;A calls with Python experts'],
  ['Podcast →', 'Hear what’s new in the world of Python'],
  ['Books →', 'Round out your knowledge and learn offline'],
  ['Reference →', 'Concise definitions for common Python terms'],
];
const rpMore = ['Learner Stories', 'Python Newsletter', 'Python Job Board', 'Meet the Team', 'Become a Tutorial Writer', 'Become a Video Instructor'];
const rpCode = 'Get Your Code: Click here to download the free sample code that shows you how to write your own context managers in Python.';
const rpQuiz =
  'Take the Quiz: Test your knowledge with our interactive “Writing Context Managers” quiz. You’ll receive a score upon completion to ' +
  'help you track your learning progress:';
const rpModal = ['Almost there! Complete this form and click the button below to gain instant access:', 'Send My Sample Code »'];
const rpTricks =
  'Get a short &amp; sweet Python Trick delivered to your inbox every couple of days. No spam ever. Unsubscribe any time. Curated by the ' +
  'Real Python team.';
const rpBio =
  'Marisol is a backend developer and technical writer at Real Python. She has spent a decade building data pipelines for logistics ' +
  'companies and enjoys turning tangled scripts into tidy packages.';
const rpTeamIntro =
  'Each tutorial at Real Python is created by a team of developers so that it meets our high quality standards. The team members who ' +
  'worked on this tutorial are:';
const rpTeam = ['Tobias Wrenfield', 'Ngozi Abara', 'Pavel Lindqvist'];
const rpJoin = [
  'Master Real-World Python Skills With Unlimited Access to Real Python',
  'Join us and get access to thousands of tutorials, hands-on video courses, and a community of expert Pythonistas:',
  'Level Up Your Python Skills »',
];
const rpThink = [
  'What’s your #1 takeaway or favorite thing you learned? How are you going to put your newfound skills to use? Leave a comment below and let us know.',
  'Commenting Tips: The most useful comments are those written with the goal of learning from or helping out other students. Get tips ' +
    'for asking good questions and get answers to common questions in our support portal.',
  'Looking for a real-time conversation? Visit the Real Python Community Chat or join the next “Office Hours” Live Q&amp;A Session. Happy Pythoning!',
];
const rpShare = ['LinkedIn', 'Twitter', 'Bluesky', 'Facebook', 'Email'];
const rpRelated = [
  'Python’s with Statement Explained',
  'Handling Exceptions With try, except, and finally',
  'Working With Temporary Files in Python',
  'Python Decorators: A Practical Primer',
];
const rpFoot = ['Newsletter', 'Podcast', 'YouTube', 'Twitter', 'Facebook', 'Instagram', 'Python Tutorials', 'Search', 'Privacy Policy'];
const rpFoot2 = ['Energy Policy', 'Advertise', 'Contact'];
const hl = (id: string, t: string): string => `<h2 id="${id}">${t}<a class="headerlink" href="#${id}" title="Permanent link"></a></h2>`;
const code = (lines: string): string => `<div class="highlight python"><pre><span></span><code>${lines}</code></pre></div>`;
const ad = (unit: string): string => `<div class="rounded border border-light" style="display:block;position:relative;">
<div class="rpad" data-unit="${unit}"></div><a class="small text-muted" href="/account/join/?utm_source=rp_article_ads&amp;utm_content=${unit}"
rel="nofollow"><span class="icon baseline" aria-hidden="true"><svg aria-hidden="true"><use href="/static/icons.svg#@block"></use></svg></span>
Remove ads</a></div>`;
const rpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Python Context Managers: Write Your Own With contextlib – Real Python</title>
<meta name="author" content="Real Python"><meta name="description" content="Learn how the with statement works and how to write your own context
managers with classes, @contextmanager, and ExitStack.">
<meta property="og:title" content="Python Context Managers: Write Your Own With contextlib – Real Python"><meta property="og:type" content="article">
<meta property="og:url" content="https://realpython.com/python-context-managers-contextlib/"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://realpython.com/python-context-managers-contextlib/">
<link rel="stylesheet" href="/static/realpython.min.7c1f0e2ab6a3.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${rpTitle}","datePublished":"2025-03-03T14:00:00+00:00",
"author":{"@type":"Person","name":"Marisol Quintana","url":"https://realpython.com/team/mquintana/"},
"publisher":{"@type":"Organization","name":"Real Python"}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-RP0001"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body>
<nav class="navbar fixed-top navbar-expand-lg navbar-dark"><div class="container">
<a class="navbar-brand" href="/"><img src="/static/real-python-logo.893c30edea53.svg" width="165" height="40" alt="Real Python"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarSupportedContent" aria-controls="navbarSupportedContent"
aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="navbar-nav mr-auto">
<li class="nav-item"><a class="nav-link" href="/start-here/">Start Here</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownLibrary" role="button" data-toggle="dropdown"
aria-haspopup="true" aria-expanded="false"><span class="fa fa-graduation-cap" aria-hidden="true"></span> Learn Python</a>
<div class="dropdown-menu" aria-labelledby="navbarDropdownLibrary">
${rpLearn
  .map(
    ([a, b]) => `<a class="dropdown-item" href="/${(a ?? '').split(' ')[0]?.toLowerCase()}/">${a}\n<small class="text-muted">${b}</small>
</a>`,
  )
  .join('\n')}
<a class="dropdown-item dropdown-item-highlight" href="/account/join/">Unlock All Content →</a></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMore" role="button" data-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">More</a><div class="dropdown-menu" aria-labelledby="navbarDropdownMore">
${rpMore.map((t) => `<a class="dropdown-item" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('\n')}</div></li></ul>
<form class="form-inline my-2 my-lg-0" action="/search" method="GET"><input class="form-control form-control-sm" name="q" type="search"
placeholder="Search" aria-label="Search"><button class="btn btn-sm btn-outline-secondary" type="submit"><span class="sr-only">Search</span></button></form>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="btn btn-primary btn-sm px-3" href="/account/join/">Join</a></li>
<li class="nav-item"><a class="nav-link" href="/account/login/?next=%2Fpython-context-managers-contextlib%2F">Sign-In</a></li></ul></div></div></nav>
<div class="container main-content"><div class="row justify-content-center">
<div class="col-md-11 col-lg-8 article with-headerlinks">
<figure class="embed-responsive embed-responsive-16by9"><img class="card-img-top m-0 p-0 embed-responsive-item rounded" style="object-fit:contain;"
alt="Python Context Managers" src="https://files.realpython.example/media/Context-Managers_Watermarked.9e1f.jpg" width="1920" height="1080"></figure>
<h1>${rpTitle}</h1>
<div class="mb-0"><span class="text-muted">by <a class="text-muted" href="#author">Marisol Quintana</a>
<span class="text-muted text-nowrap"><span class="icon baseline mr-1" aria-hidden="true"></span><span class="sr-only">Publication date</span>Mar 03, 2025</span>
<span class="text-nowrap"><span class="sr-only">Reading time estimate</span>14m</span>
<a class="badge badge-pill badge-light text-muted" href="#reader-comments">11 Comments</a></span><span class="d-inline d-sm-none"><br></span>
<a href="/tutorials/intermediate/" class="badge badge-light text-muted">intermediate</a>
<a href="/tutorials/python/" class="badge badge-light text-muted">python</a></div>
<div class="d-flex flex-row align-items-center justify-content-between my-3">
<button class="btn btn-sm btn-secondary mr-1 mb-1 completion-button" data-completion-toggle="article" type="button">Mark as Completed</button>
<div class="dropdown"><button class="btn btn-sm btn-outline-secondary dropdown-toggle" data-toggle="dropdown" type="button">Share</button>
<div class="dropdown-menu">${rpShare.map((t) => `<a class="dropdown-item" href="#share-${t.toLowerCase()}">${t}</a>`).join('')}</div></div></div>
<div class="article-body">
<div class="sidebar-module sidebar-module-inset border"><p class="h3 mb-2 text-muted">Table of Contents</p><div class="toc"><ul>
<li><a href="#understanding-the-with-statement">${rpH1}</a></li><li><a href="#writing-a-class-based-context-manager">${rpH2}</a></li>
<li><a href="#using-contextmanager-for-simpler-cases">${rpH3}</a></li><li><a href="#managing-several-resources-with-exitstack">${rpH4}</a></li>
<li><a href="#conclusion">${rpH5}</a></li></ul></div></div>
${ad('1x1')}
${ps(rpIntro)}
<ul>${rpGoals.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rpIntro2)}
<div class="alert alert-warning" role="alert"><p><strong>Get Your Code:</strong> <a href="#" class="alert-link" data-toggle="modal"
data-target="#modal-context-managers-code" data-focus="false">Click here to download the free sample code</a> that shows you how to write your own
context managers in Python.</p></div>
<div class="container border rounded text-wrap-pretty my-3"><p class="my-3"><mark class="marker-highlight"><strong>
<span class="icon baseline" aria-hidden="true"></span> Take the Quiz:</strong></mark>
Test your knowledge with our interactive “Writing Context Managers” quiz.
You’ll receive a score upon completion to help you track your learning progress:</p><div class="row my-3"><div class="col-xs-12 col-sm-8">
<div class="card-body"><a href="/quizzes/python-context-managers-contextlib/"><p class="card-title h4 my-0 py-0">Writing Context Managers</p></a>
<p class="text-muted mb-0 small">Interactive Quiz ⋅ 8 Questions</p><p class="my-0 text-muted small">By Tobias Wrenfield</p></div></div></div></div>
${hl('understanding-the-with-statement', rpH1)}
${ps(rpP1.slice(0, 1))}
${code(`<span class="gp">&gt;&gt;&gt; </span>
<span class="k">with</span> <span class="nb">open</span>(<span class="s2">"notes.txt"</span>) <span class="k">as</span> f:
<span class="gp">... </span>    first = f.readline()
<span class="gp">...</span>
<span class="gp">&gt;&gt;&gt; </span>f.closed
<span class="go">True</span>`)}
${ps(rpP1.slice(1))}
${hl('writing-a-class-based-context-manager', rpH2)}
${ps(rpP2)}
${code(`<span class="kn">import</span> <span class="nn">time</span>

<span class="k">class</span> <span class="nc">Timer</span>:
    <span class="k">def</span> <span class="fm">__enter__</span>(self):
        self.start = time.perf_counter()
        <span class="k">return</span> self

    <span class="k">def</span> <span class="fm">__exit__</span>(self, exc_type, exc_value, traceback):
        self.elapsed = time.perf_counter() - self.start`)}
${ps(rpP3)}
<div class="alert alert-primary" role="alert"><p>${rpNote}</p></div>
${ad('mid')}
${hl('using-contextmanager-for-simpler-cases', rpH3)}
${ps(rpP4)}
${code(`<span class="kn">from</span> <span class="nn">contextlib</span> <span class="kn">import</span> contextmanager

<span class="nd">@contextmanager</span>
<span class="k">def</span> <span class="nf">working_directory</span>(path):
    previous = os.getcwd()
    os.chdir(path)
    <span class="k">try</span>:
        <span class="k">yield</span> path
    <span class="k">finally</span>:
        os.chdir(previous)`)}
${ps(rpP5)}
${hl('managing-several-resources-with-exitstack', rpH4)}
${ps(rpP6.slice(0, 1))}
${code(`<span class="k">with</span> ExitStack() <span class="k">as</span> stack:
    files = [stack.enter_context(<span class="nb">open</span>(name)) <span class="k">for</span> name <span class="ow">in</span> paths]
    merge(files)`)}
${ps(rpP6.slice(1))}
${hl('conclusion', rpH5)}
${ps(rpP7)}
</div>
<div class="d-flex flex-row my-3"><button class="btn btn-sm btn-secondary completion-button" type="button">Mark as Completed</button></div>
<div class="card mt-4 mb-4 bg-secondary"><p class="card-header h3 text-center bg-light">🐍 Python Tricks 💌</p><div class="card-body">
<p>${rpTricks}</p><form action="/optins/process/" method="post"><input type="email" name="email" class="form-control" placeholder="Email Address">
<button type="submit" class="btn btn-primary btn-block">Send Me Python Tricks »</button></form></div></div>
<div class="card mt-3" id="author"><p class="card-header h3">About Marisol Quintana</p><div class="card-body"><div class="row"><div class="col-3">
<a href="/team/mquintana/"><img class="rounded-circle" alt="Marisol Quintana" src="https://files.realpython.example/media/mq.jpg" width="500"></a></div>
<div class="col"><p>${rpBio}</p><p><a href="/team/mquintana/">» More about Marisol</a></p></div></div><hr><p>${rpTeamIntro}</p>
<div class="row">${rpTeam
  .map(
    (n) => `<div class="col-4 text-center"><img class="rounded-circle" alt="${n}" src="/m/${n[0]}.jpg"><p class="small">${n}</p>
</div>`,
  )
  .join('')}
</div></div></div>
<div class="card mt-3 mb-3 bg-secondary"><div class="card-body"><p class="h3">${rpJoin[0]}</p><p>${rpJoin[1]}</p>
<a class="btn btn-primary btn-lg" href="/account/join/?utm_source=rp_article_footer">${rpJoin[2]}</a></div></div>
<h2 class="mt-4">What Do You Think?</h2><p><span class="mr-2">Rate this article:</span><span class="rating-stars" data-rating="0"></span></p>
<p>${rpShare.map((t) => `<a class="btn btn-sm" href="#share-${t}">${t}</a>`).join(' ')}</p>
${ps(rpThink.slice(0, 1))}<div class="alert alert-primary"><p>${rpThink[1]}</p><p>${rpThink[2]}</p></div>
<h2 class="mt-4">Keep Learning</h2><p class="small">Related Topics: <a href="/tutorials/intermediate/" class="badge badge-light text-muted">intermediate</a>
<a href="/tutorials/python/" class="badge badge-light text-muted">python</a></p>
<p class="small">Recommended Video Course: <a href="/courses/context-managers-with-statement/">Context Managers and the with Statement</a></p>
<p class="h4">Related Tutorials:</p><ul class="list-unstyled">${links(rpRelated, 'mb-1')}</ul>
<div id="reader-comments" class="mt-4"><div id="disqus_thread"></div></div>
</div>
<div class="col-md-11 col-lg-4 sidebar d-none d-lg-block"><div class="sidebar-module sticky-top">${ad('sidebar')}</div></div></div></div>
<div class="modal fade" id="modal-context-managers-code" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog" role="document">
<div class="modal-content"><div class="modal-header"><p class="modal-title h4">Get Your Code</p><button type="button" class="close"
data-dismiss="modal" aria-label="Close"><span aria-hidden="true">×</span></button></div><div class="modal-body"><p>${rpModal[0]}</p>
<form action="/optins/process/" method="post"><input type="email" class="form-control" name="email" placeholder="Email Address">
<button type="submit" class="btn btn-primary btn-block">${rpModal[1]}</button></form>
<p class="small text-muted">🔒 No spam. We take your privacy seriously.</p>
</div></div></div></div>
<footer class="footer"><div class="container"><p class="text-center"><span class="text-muted">© 2012–2025 Real Python</span> ⋅
${rpFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join(' ⋅ ')} ⋅
${rpFoot2.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join(' ⋅ ')}</p>
<p class="text-center"><span class="text-muted">🐍</span> Happy Pythoning!</p></div></footer>
<script src="/static/frontend/vendor.min.js"></script><script>var disqus_config = function () { this.page.identifier = 'context-managers'; };</script>
</body></html>`;
const realPython: TestPage = {
  html: rpHtml,
  name: 'heldout193-realpython-tutorial',
  kind: 'docs',
  // the "Note:" alert is part of the tutorial (body); the "Get Your Code" alert and the quiz card are furniture; the
  // "python" badge and the Table of Contents entries repeat gold words or headings and are left out
  title: rpTitle,
  headings: [rpH1, rpH2, rpH3, rpH4, rpH5],
  body: texts([...rpIntro, ...rpGoals, ...rpIntro2, ...rpP1, ...rpP2, ...rpP3, rpNote, ...rpP4, ...rpP5, ...rpP6, ...rpP7]),
  bylines: ['Marisol Quintana', 'Mar 03, 2025', '14m'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Start Here', 'Learn Python', ...rpLearn.flat(), 'Unlock All Content →', 'More', ...rpMore, 'Join', 'Sign-In', 'Publication date',
    'Reading time estimate', '11 Comments', 'intermediate', 'Mark as Completed', 'Share', ...rpShare, 'Table of Contents', 'Remove ads', rpCode,
    rpQuiz, 'Writing Context Managers', 'Interactive Quiz ⋅ 8 Questions', 'By Tobias Wrenfield', 'Get Your Code', ...rpModal,
    '🔒 No spam. We take your privacy seriously.', '🐍 Python Tricks 💌', rpTricks, 'Send Me Python Tricks »', 'About Marisol Quintana', rpBio,
    '» More about Marisol', rpTeamIntro, ...rpTeam, ...rpJoin, 'What Do You Think?', 'Rate this article:', ...rpThink, 'Keep Learning',
    'Related Topics:', 'Recommended Video Course:', 'Context Managers and the with Statement', 'Related Tutorials:', ...rpRelated,
    '© 2012–2025 Real Python', ...rpFoot, ...rpFoot2, 'Happy Pythoning!',
  ]),
};

export const HELDOUT193_A: readonly TestPage[] = [realPython, tutorialsPoint];
