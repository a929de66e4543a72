import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file e2: a Ruby RDoc 6 class page in the Darkfish template (project navigation with Home / Pages /
 * Classes / Methods, search field, class metadata with parent, included modules and the method list, the class
 * description with its own labelled h2 sections, constants, class and instance method details with "click to toggle
 * source" and the hidden source, and the validator / generator footer).
 */
const rTitle = 'class Tramway::Timetable';
const rDesc = [
  j(
    'A timetable holds every scheduled departure of a tram network for one service period, loaded from a GTFS feed. It',
    'answers the questions a passenger display needs: which trams leave this stop next, and when does this tram reach the',
    'end of the line.',
  ),
  j(
    'Lookups are by stop and by time of day. A timetable is built once when the feed is loaded and never changes afterwards,',
    'so it can be shared between threads without locking.',
  ),
];
const rLoading = [
  j(
    'Pass the path of a zipped feed, or a directory that holds the unzipped text files. Loading a city network of around',
    'a hundred stops takes well under a second; the whole feed is kept in memory.',
  ),
  'Calendar exceptions, such as a bank holiday running to the Sunday timetable, are applied when the timetable is built.',
];
const rTimes = [
  j(
    'GTFS allows times past midnight, written as 24:10 or 25:30, for trips that started the previous evening. This class',
    'keeps those times as they are written and only turns them into clock times when it returns them.',
  ),
];
const rConst = ['The time zone used when the feed does not name one.'];
const rNew = ['Loads <code>feed</code> and builds the timetable. Raises <code>Tramway::FeedError</code> when a required file is missing from the feed.'];
const rEachStop = ['Yields each stop of the network once, in the order of the feed’s <code>stops.txt</code>. Returns an enumerator when no block is given.'];
const rNext = [
  j(
    'Returns up to <code>limit</code> departures from <code>stop</code> after <code>time</code>, soonest first. Each departure',
    'knows its route, its headsign and its scheduled time.',
  ),
  'Departures of trips that are cancelled for the day are left out.',
  j(
    'The time is read in the timetable’s zone whatever the zone of the argument, so a display in a depot that keeps its',
    'clocks on UTC still shows the departures a passenger at the stop would expect.',
  ),
];
const rRun = ['Returns the remaining calls of the trip after <code>stop</code>, each with its scheduled arrival time.'];
const rMethods = ['::new', '#each_stop', '#next_departures', '#remaining_calls'];
const label = (id: string, text: string): string => `<h2 id="class-Tramway::Timetable-label-${id}"><a href="#class-Tramway::Timetable-label-${id}">${text}</a>
<span><a href="#class-Tramway::Timetable-label-${id}">&para;</a> <a href="#top">&uarr;</a></span></h2>`;
const method = (id: string, seq: string, doc: string, file: string): string => `<div id="method-${id}" class="method-detail ">
<div class="method-header"><div class="method-heading"><span class="method-callseq">${seq}</span><span class="method-click-advice">click to toggle source</span>
</div></div><div class="method-description">${doc}<div class="method-source-code" id="${id}-source"><pre>
<span class="ruby-comment"># File lib/tramway/timetable.rb, line ${file}</span>
<span class="ruby-keyword">def</span> <span class="ruby-identifier">${seq.replace(/\(.*$/, '')}</span>
<span class="ruby-keyword">end</span></pre></div></div></div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>class Tramway::Timetable - tramway 1.4.0 Documentation</title>
<meta name="keywords" content="ruby,class,Tramway::Timetable">
<meta name="description" content="class Tramway::Timetable: A timetable holds every scheduled departure">
<script type="text/javascript">var rdoc_rel_prefix = "../"; var index_rel_prefix = "../";</script>
<script src="../js/navigation.js" defer></script><script src="../js/search.js" defer></script><script src="../js/search_index.js" defer></script>
<script src="../js/searcher.js" defer></script><script src="../js/darkfish.js" defer></script>
<link href="../css/fonts.css" rel="stylesheet"><link href="../css/rdoc.css" rel="stylesheet"></head>
<body id="top" role="document" class="class"><nav role="navigation"><div id="project-navigation">
<div id="home-section" role="region" title="Quick navigation" class="nav-section"><h2><a href="../index.html" rel="home">Home</a></h2>
<div id="table-of-contents-navigation"><a href="../table_of_contents.html#pages">Pages</a> <a href="../table_of_contents.html#classes">Classes</a>
<a href="../table_of_contents.html#methods">Methods</a></div></div>
<div id="search-section" role="search" class="project-section initially-hidden"><form action="#" method="get" accept-charset="utf-8">
<div id="search-field-wrapper"><input id="search-field" role="combobox" aria-label="Search" aria-autocomplete="list" aria-controls="search-results"
type="text" name="search" placeholder="Search (/) for a class, method, ..." spellcheck="false" title="Type to search, Up and Down to navigate, Enter to load">
<ul id="search-results" aria-label="Search Results" aria-busy="false" aria-expanded="false" aria-atomic="false" class="initially-hidden"></ul></div></form>
</div></div><div id="class-metadata"><div id="parent-class-section" class="nav-section"><h3>Parent</h3><p class="link">Object</p></div>
<div id="includes-section" class="nav-section"><h3>Included Modules</h3><ul class="link-list"><li><span class="include">Enumerable</span></li></ul></div>
<div id="method-list-section" class="nav-section"><h3>Methods</h3><ul class="link-list" role="directory">
${rMethods.map((m) => `<li ><a href="#method-${m.startsWith('::') ? 'c' : 'i'}-${m.slice(m.startsWith('::') ? 2 : 1)}">${m}</a></li>`).join('\n')}
</ul></div></div></nav>
<main role="main" aria-labelledby="class-Tramway::Timetable"><h1 id="class-Tramway::Timetable" class="class">${rTitle}</h1>
<section class="description">${ps(rDesc)}${label('Loading+a+feed', 'Loading a feed')}${ps(rLoading)}
${label('Times+after+midnight', 'Times after midnight')}${ps(rTimes)}</section>
<section id="5Buntitled-5D" class="documentation-section"><section class="constants-list"><header><h3>Constants</h3></header><dl>
<dt id="DEFAULT_ZONE">DEFAULT_ZONE</dt><dd>${ps(rConst)}</dd></dl></section>
<section id="public-class-5Buntitled-5D-method-details" class="method-section"><header><h3>Public Class Methods</h3></header>
${method('c-new', 'new(feed, zone: DEFAULT_ZONE)', ps(rNew), '31')}</section>
<section id="public-instance-5Buntitled-5D-method-details" class="method-section"><header><h3>Public Instance Methods</h3></header>
${method('i-each_stop', 'each_stop { |stop| ... }', ps(rEachStop), '52')}
${method('i-next_departures', 'next_departures(stop, time, limit: 5)', ps(rNext), '64')}
${method('i-remaining_calls', 'remaining_calls(trip, stop)', ps(rRun), '88')}</section></section></main>
<footer id="validator-badges" role="contentinfo"><p><a href="https://validator.w3.org/check/referer">Validate</a>
<p>Generated by <a href="https://ruby.github.io/rdoc/">RDoc</a> 6.6.2.<p>Based on <a href="http://deveiate.org/projects/Darkfish-RDoc/">Darkfish</a>
by <a href="http://deveiate.org">Michael Granger</a>.</footer></body></html>`;
export const rdoc: TestPage = {
  name: 'heldout318-rdoc-darkfish-class',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Loading a feed', 'Times after midnight', 'Constants', 'Public Class Methods', 'Public Instance Methods'],
  body: texts([...rDesc, ...rLoading, ...rTimes, ...rConst, ...rNew, ...rEachStop, ...rNext, ...rRun]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Pages', 'Classes', 'Parent', 'Object', 'Included Modules', 'Enumerable', ...rMethods, 'click to toggle source', 'Validate',
    'Generated by RDoc 6.6.2.', 'Based on Darkfish by Michael Granger.',
  ],
};
