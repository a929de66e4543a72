import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file e3: the Lua reference manual (lua.org/manual/5.4/manual.html), saved at section 2.5, Garbage Collection. */
const luTitle = 'Lua 5.4 Reference Manual';
const luBy = 'by Ilse Marquardt, Tomás Ferreira, Joana Celestino';
const luCopy = 'Copyright © 2020–2025 Lua.org, PUC-Rio. Freely available under the terms of the Lua license.';
const luH = [
  '2.5 – Garbage Collection',
  '2.5.1 – Incremental Garbage Collection',
  '2.5.2 – Generational Garbage Collection',
  '2.5.3 – Garbage-Collection Metamethods',
];
const luP0 = [
  'Lua manages memory automatically. A program never frees an object explicitly; instead, Lua runs a <em>garbage ' +
    'collector</em> that reclaims the memory of objects that can no longer be reached from the program. All memory used by ' +
    'Lua is subject to automatic management: strings, tables, userdata, functions, threads, and internal structures.',
  'An object is considered <em>dead</em> when the collector can be sure that it will not be accessed again in the normal ' +
    'execution of the program. Objects reachable only through weak references, or only from finalizers, may also be ' +
    'collected, as described in <a href="#2.5.4">§2.5.4</a>.',
  'The collector can work in one of two modes: incremental and generational. The mode is chosen with ' +
    '<a href="#pdf-collectgarbage"><code>collectgarbage</code></a> from Lua or <a href="#lua_gc"><code>lua_gc</code></a> ' +
    'from C, and can be changed at any time.',
];
const luP1 = [
  'In incremental mode, each collection cycle performs a mark-and-sweep in small steps interleaved with the execution of ' +
    'the program. Two numbers control the pace of the collector: the <em>pause</em> and the <em>step multiplier</em>.',
  'The pause says how long the collector waits before starting a new cycle. It starts a cycle when memory in use reaches ' +
    'the given percentage of the memory in use after the previous collection. A value of 200 means the collector waits ' +
    'for total memory to double before starting again.',
  'The step multiplier controls how much work the collector does for each kilobyte of memory allocated by the program. ' +
    'Larger values make the collector more aggressive but also increase the size of each step. Values below 100 make the ' +
    'collector so slow that it may never finish a cycle.',
];
const luP2 = [
  'In generational mode, the collector does frequent <em>minor</em> collections, which only traverse objects created ' +
    'recently. If memory in use after a minor collection is still above a limit, the collector does a <em>major</em> ' +
    'collection, which traverses all objects.',
  'Generational mode is based on the observation that most objects die young. It usually gives shorter pauses for ' +
    'programs that allocate many short-lived tables, but it can perform worse for programs that keep large, slowly ' +
    'changing data structures.',
];
const luP3 = [
  'You can set a finalizer for a table or a full userdata by giving it a metatable with a field <code>__gc</code>. When the ' +
    'collector detects that the object is dead, it calls the finalizer with the object as its only argument, and only ' +
    'then reclaims its memory in a later cycle.',
  'The metatable must already contain the <code>__gc</code> field when it is set on the object. Adding the field ' +
    'afterwards does not mark the object for finalization.',
  'Finalizers are called in the reverse order in which the objects were marked. Errors raised inside a finalizer generate ' +
    'a warning; they are not propagated.',
];
const luMenu = ['contents', 'index', 'other versions'];
const luHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><HEAD><TITLE>Lua 5.4 Reference Manual</TITLE><LINK REL="stylesheet" TYPE="text/css" HREF="lua.css">
<LINK REL="stylesheet" TYPE="text/css" HREF="manual.css"><META HTTP-EQUIV="content-type" CONTENT="text/html; charset=iso-8859-1"></HEAD>
<BODY><H1><A HREF="https://www.lua.org/"><IMG SRC="logo.gif" ALT="Lua"></A>${luTitle}</H1>
<P><SMALL>${luBy}</SMALL><P><SMALL>Copyright &#169; 2020&#8211;2025 Lua.org, PUC-Rio. Freely available under the terms of the
<a href="https://www.lua.org/license.html">Lua license</a>.</SMALL>
<DIV CLASS="menubar"><A HREF="contents.html#contents">contents</A> &#183; <A HREF="contents.html#index">index</A> &#183;
<A HREF="https://www.lua.org/manual/">other versions</A></DIV>
<!-- ====================================================================== -->
<p><h3>2.5 &#8211; <a name="2.5">Garbage Collection</a></h3>
${luP0.map((p) => `<p>\n${p}`).join('\n')}
<h3>2.5.1 &#8211; <a name="2.5.1">Incremental Garbage Collection</a></h3>
${luP1.map((p) => `<p>\n${p}`).join('\n')}
<h3>2.5.2 &#8211; <a name="2.5.2">Generational Garbage Collection</a></h3>
${luP2.map((p) => `<p>\n${p}`).join('\n')}
<pre>
     collectgarbage("generational", 20, 100)
</pre>
<h3>2.5.3 &#8211; <a name="2.5.3">Garbage-Collection Metamethods</a></h3>
${luP3.map((p) => `<p>\n${p}`).join('\n')}
<P CLASS="footer">Last update: Tue Mar 11 09:41:27 UTC 2025</P>
<!-- Last change: revised for Lua 5.4.8 --></BODY></HTML>`;
export const luaPage: TestPage = {
  name: 'heldout174-lua-manual-section',
  kind: 'docs',
  html: luHtml,
  // saved at one section of the one-page manual; the authors line and the "Last update" stamp are bylines, the copyright
  // and the menu bar furniture; its numeric entities are written as characters in the gold
  title: luTitle,
  headings: luH,
  body: texts([...luP0, ...luP1, ...luP2, ...luP3]),
  bylines: [luBy, 'Last update: Tue Mar 11 09:41:27 UTC 2025'],
  furniture: [luCopy, ...luMenu],
};
