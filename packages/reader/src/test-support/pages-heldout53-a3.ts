/**
 * Held-out batch 53, file a3: parts of file a's pages kept apart to hold each file under 300 lines: the cppreference page's
 * example and possible implementation (code), and the docs.rs page's method docs and trait and blanket impls.
 */
export const crCode = `<span class="co2">#include &lt;algorithm&gt;</span>
<span class="co2">#include &lt;functional&gt;</span>
<span class="co2">#include &lt;iostream&gt;</span>
<span class="co2">#include &lt;string&gt;</span>
<span class="co2">#include &lt;vector&gt;</span>
&#160;
<span class="kw4">int</span> main<span class="br0">(</span><span class="br0">)</span>
<span class="br0">{</span>
    std::<span class="me2">vector</span>&lt;int&gt; v<span class="br0">{</span>1, 2, 3, 4, 5, 6, 7, 8<span class="br0">}</span><span class="sy4">;</span>
    <span class="kw4">int</span> sum <span class="sy1">=</span> std::<span class="me2">ranges</span>::<span
class="me2">fold_left</span>(v, 0, std::plus&lt;&gt;());
    std::<span class="me2">cout</span> &lt;&lt; <span class="st0">"sum: "</span> &lt;&lt; sum &lt;&lt; <span class="st0">'\\n'</span><span class="sy4">;</span>
&#160;
    <span class="kw4">int</span> product <span class="sy1">=</span> std::ranges::fold_left(v.begin(), v.end(), 1, std::multiplies&lt;&gt;());
    std::cout &lt;&lt; <span class="st0">"product: "</span> &lt;&lt; product &lt;&lt; <span class="st0">'\\n'</span><span class="sy4">;</span>
&#160;
    std::vector&lt;double&gt; w{0.5, 0.25, 0.125};
    <span class="kw4">auto</span> total <span class="sy1">=</span> std::ranges::fold_left(w, 0, std::plus&lt;&gt;()); <span
class="co1">// double, not int</span>
    std::cout &lt;&lt; <span class="st0">"total: "</span> &lt;&lt; total &lt;&lt; <span class="st0">'\\n'</span><span class="sy4">;</span>
&#160;
    std::vector&lt;std::string&gt; words{<span class="st0">"fold"</span>, <span class="st0">"from"</span>, <span class="st0">"the"</span>, <span
class="st0">"left"</span>};
    <span class="kw4">auto</span> joined <span class="sy1">=</span> std::ranges::fold_left(words, std::string(<span class="st0">"&lt;"</span>),
        [](std::string acc, <span class="kw4">const</span> std::string&amp; s) { <span class="kw1">return</span> acc + s + <span class="st0">'|'</span>; });
    std::cout &lt;&lt; joined &lt;&lt; <span class="st0">'\\n'</span><span class="sy4">;</span>
<span class="br0">}</span></pre>`;
export const crImpl = `<pre class="de1"><span class="kw1">struct</span> fold_left_fn
{
    <span class="kw1">template</span>&lt;std::input_iterator I, std::sentinel_for&lt;I&gt; S, <span class="kw1">class</span> T = std::iter_value_t&lt;I&gt;,
             /* indirectly-binary-left-foldable */&lt;T, I&gt; F&gt;
    <span class="kw1">constexpr</span> <span class="kw4">auto</span> operator()(I first, S last, T init, F f) <span class="kw4">const</span>
    {
        <span class="kw1">using</span> U = std::decay_t&lt;std::invoke_result_t&lt;F&amp;, T, std::iter_reference_t&lt;I&gt;&gt;&gt;;
        <span class="kw1">if</span> (first == last)
            <span class="kw1">return</span> U(std::move(init));
        U accum = std::invoke(f, std::move(init), *first);
        <span class="kw1">for</span> (++first; first != last; ++first)
            accum = std::invoke(f, std::move(accum), *first);
        <span class="kw1">return</span> std::move(accum);
    }
};
&#160;
<span class="kw1">inline</span> <span class="kw1">constexpr</span> fold_left_fn fold_left;</pre>`;

export const rdMethods: [string, string, string[]][] = [
  [
    'new',
    'pub const fn <a href="#method.new" class="fn">new</a>(max_attempts: <a class="primitive" ' +
      'href="https://doc.rust-lang.org/nightly/std/primitive.u32.html">u32</a>) -&gt; Self',
    ['Creates a policy that makes at most <code>max_attempts</code> attempts, with the default delays and no jitter.'],
  ],
  [
    'base_delay',
    'pub fn <a href="#method.base_delay" class="fn">base_delay</a>(self, delay: <a class="struct" ' +
      'href="https://doc.rust-lang.org/nightly/core/time/struct.Duration.html">Duration</a>) -&gt; Self',
    ['Sets the delay after the first failed attempt. Every later delay grows from this value.'],
  ],
  [
    'max_delay',
    'pub fn <a href="#method.max_delay" class="fn">max_delay</a>(self, cap: <a class="struct" ' +
      'href="https://doc.rust-lang.org/nightly/core/time/struct.Duration.html">Duration</a>) -&gt; Self',
    ['Sets the longest delay the policy will ever return, whatever the attempt number.'],
  ],
  [
    'jitter',
    'pub fn <a href="#method.jitter" class="fn">jitter</a>(self, jitter: <a class="enum" href="enum.Jitter.html">Jitter</a>) -&gt; Self',
    ['Sets how delays are randomised. See <a href="enum.Jitter.html"><code>Jitter</code></a> for the choices.'],
  ],
  [
    'delay_for',
    'pub fn <a href="#method.delay_for" class="fn">delay_for</a>(&amp;self, attempt: u32) -&gt; <a class="enum" ' +
      'href="https://doc.rust-lang.org/nightly/core/option/enum.Option.html">Option</a>&lt;Duration&gt;',
    [
      'Returns how long to wait after failed attempt number <code>attempt</code>, counting from one, or <code>None</code> when no ' +
        'further attempt should be made.',
    ],
  ],
];
export const rdStd: [string, string, string][] = [
  ['impl-Clone-for-RetryPolicy', 'impl Clone for RetryPolicy', 'fn clone(&amp;self) -&gt; RetryPolicy|Returns a duplicate of the value.'],
  [
    'impl-Debug-for-RetryPolicy',
    'impl Debug for RetryPolicy',
    "fn fmt(&amp;self, f: &amp;mut Formatter&lt;'_&gt;) -&gt; Result|Formats the value using the given formatter.",
  ],
  ['impl-Default-for-RetryPolicy', 'impl Default for RetryPolicy', 'fn default() -&gt; Self|Returns the “default value” for a type.'],
  [
    'impl-PartialEq-for-RetryPolicy',
    'impl PartialEq for RetryPolicy',
    'fn eq(&amp;self, other: &amp;RetryPolicy) -&gt; bool|Tests for self and other values to be equal, and is used by ==.',
  ],
  ['impl-Eq-for-RetryPolicy', 'impl Eq for RetryPolicy', ''],
  ['impl-StructuralPartialEq-for-RetryPolicy', 'impl StructuralPartialEq for RetryPolicy', ''],
];
export const rdAuto = ['Freeze', 'RefUnwindSafe', 'Send', 'Sync', 'Unpin', 'UnwindSafe'];
export const rdBlanket: [string, string][] = [
  ["impl&lt;T&gt; Any for T where T: 'static + ?Sized", 'fn type_id(&amp;self) -&gt; TypeId|Gets the TypeId of self.'],
  ['impl&lt;T&gt; Borrow&lt;T&gt; for T where T: ?Sized', 'fn borrow(&amp;self) -&gt; &amp;T|Immutably borrows from an owned value.'],
  ['impl&lt;T&gt; BorrowMut&lt;T&gt; for T where T: ?Sized', 'fn borrow_mut(&amp;mut self) -&gt; &amp;mut T|Mutably borrows from an owned value.'],
  ['impl&lt;T&gt; From&lt;T&gt; for T', 'fn from(t: T) -&gt; T|Returns the argument unchanged.'],
  ['impl&lt;T, U&gt; Into&lt;U&gt; for T where U: From&lt;T&gt;', 'fn into(self) -&gt; U|Calls U::from(self).'],
  ['impl&lt;T&gt; ToOwned for T where T: Clone', 'fn to_owned(&amp;self) -&gt; T|Creates owned data from borrowed data, usually by cloning.'],
];
export const rdSideBlanket = [
  'Any',
  'Borrow&lt;T&gt;',
  'BorrowMut&lt;T&gt;',
  'CloneToUninit',
  'From&lt;T&gt;',
  'Into&lt;U&gt;',
  'ToOwned',
  'TryFrom&lt;U&gt;',
  'TryInto&lt;U&gt;',
];
