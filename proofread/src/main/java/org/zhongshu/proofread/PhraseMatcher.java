package org.zhongshu.proofread;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Finds every occurrence of many phrases in one pass over a text (Aho–Corasick), so that
 * long word lists cost the same as short ones. The automaton is kept in flat arrays, read
 * once per character of a text.
 */
final class PhraseMatcher {

	/** The length of each phrase. */
	private final int[] lengths;

	/**
	 * A bit for each character that begins a phrase: most characters of a text begin
	 * none, which this tells without a search of the first state's transitions.
	 */
	private final BitSet beginnings = new BitSet(Character.MAX_VALUE + 1);

	/**
	 * Where each state's transitions begin in {@link #edgeChars} and
	 * {@link #edgeTargets}, and, for the state after the last, where they end.
	 */
	private final int[] edgeStarts;

	/** Each state's transition characters, sorted. */
	private final char[] edgeChars;

	/** The state each transition leads to. */
	private final int[] edgeTargets;

	private final int[] failure;

	/** Where each state's phrases begin in {@link #outputs}, as {@link #edgeStarts}. */
	private final int[] outputStarts;

	/**
	 * The phrases that end at each state (by index), including those reached through
	 * failure links.
	 */
	private final int[] outputs;

	private PhraseMatcher(List<String> phrases) {
		this.lengths = phrases.stream().mapToInt(String::length).toArray();
		Trie trie = new Trie();
		for (int i = 0; i < phrases.size(); i++) {
			if (!phrases.get(i).isEmpty()) {
				this.beginnings.set(phrases.get(i).charAt(0));
			}
			trie.add(phrases.get(i), i);
		}
		trie.link();
		this.failure = Arrays.copyOf(trie.failure, trie.states);
		this.edgeStarts = new int[trie.states + 1];
		this.outputStarts = new int[trie.states + 1];
		for (int state = 0; state < trie.states; state++) {
			this.edgeStarts[state + 1] = this.edgeStarts[state] + trie.keys[state].length;
			this.outputStarts[state + 1] = this.outputStarts[state] + trie.outputs[state].length;
		}
		this.edgeChars = new char[this.edgeStarts[trie.states]];
		this.edgeTargets = new int[this.edgeChars.length];
		this.outputs = new int[this.outputStarts[trie.states]];
		for (int state = 0; state < trie.states; state++) {
			System.arraycopy(trie.keys[state], 0, this.edgeChars, this.edgeStarts[state], trie.keys[state].length);
			System.arraycopy(trie.targets[state], 0, this.edgeTargets, this.edgeStarts[state],
					trie.targets[state].length);
			System.arraycopy(trie.outputs[state], 0, this.outputs, this.outputStarts[state],
					trie.outputs[state].length);
		}
	}

	static PhraseMatcher of(List<String> phrases) {
		return new PhraseMatcher(phrases);
	}

	/**
	 * Calls {@code handler} for every occurrence of every phrase, in order of where they
	 * end.
	 */
	void forEachMatch(String text, Handler handler) {
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int next = transition(state, c);
			while (next < 0 && state != 0) {
				state = this.failure[state];
				next = transition(state, c);
			}
			state = Math.max(next, 0);
			for (int k = this.outputStarts[state]; k < this.outputStarts[state + 1]; k++) {
				int phrase = this.outputs[k];
				handler.match(i + 1 - this.lengths[phrase], i + 1, phrase);
			}
		}
	}

	private int transition(int state, char c) {
		if (state == 0 && !this.beginnings.get(c)) {
			return -1;
		}
		int k = Arrays.binarySearch(this.edgeChars, this.edgeStarts[state], this.edgeStarts[state + 1], c);
		return (k >= 0) ? this.edgeTargets[k] : -1;
	}

	/**
	 * Receives a match.
	 */
	@FunctionalInterface
	interface Handler {

		/**
		 * @param start where the phrase begins in the text
		 * @param end where it ends, exclusive
		 * @param phrase the index of the phrase in the list the matcher was built from
		 */
		void match(int start, int end, int phrase);

	}

	/**
	 * The automaton as it is built, each state's transitions and phrases in arrays of
	 * their own.
	 */
	private static final class Trie {

		/**
		 * For each state, its transitions: sorted characters and the states they lead to.
		 */
		private char[][] keys = new char[16][];

		private int[][] targets = new int[16][];

		private int[] failure = new int[16];

		private int[][] outputs = new int[16][];

		private int states = 1;

		Trie() {
			this.keys[0] = new char[0];
			this.targets[0] = new int[0];
			this.outputs[0] = new int[0];
		}

		void add(String phrase, int index) {
			int state = 0;
			for (int i = 0; i < phrase.length(); i++) {
				int next = transition(state, phrase.charAt(i));
				if (next < 0) {
					next = newState();
					insert(state, phrase.charAt(i), next);
				}
				state = next;
			}
			this.outputs[state] = append(this.outputs[state], index);
		}

		void link() {
			Deque<Integer> queue = new ArrayDeque<>();
			for (int child : this.targets[0]) {
				this.failure[child] = 0;
				queue.add(child);
			}
			while (!queue.isEmpty()) {
				int state = queue.poll();
				for (int k = 0; k < this.keys[state].length; k++) {
					char c = this.keys[state][k];
					int child = this.targets[state][k];
					int fallback = this.failure[state];
					while (fallback != 0 && transition(fallback, c) < 0) {
						fallback = this.failure[fallback];
					}
					int target = transition(fallback, c);
					this.failure[child] = (target >= 0 && target != child) ? target : 0;
					for (int phrase : this.outputs[this.failure[child]]) {
						this.outputs[child] = append(this.outputs[child], phrase);
					}
					queue.add(child);
				}
			}
		}

		private int transition(int state, char c) {
			int k = Arrays.binarySearch(this.keys[state], c);
			return (k >= 0) ? this.targets[state][k] : -1;
		}

		private void insert(int state, char c, int target) {
			char[] oldKeys = this.keys[state];
			int[] oldTargets = this.targets[state];
			int at = -Arrays.binarySearch(oldKeys, c) - 1;
			char[] newKeys = new char[oldKeys.length + 1];
			int[] newTargets = new int[oldTargets.length + 1];
			System.arraycopy(oldKeys, 0, newKeys, 0, at);
			System.arraycopy(oldTargets, 0, newTargets, 0, at);
			newKeys[at] = c;
			newTargets[at] = target;
			System.arraycopy(oldKeys, at, newKeys, at + 1, oldKeys.length - at);
			System.arraycopy(oldTargets, at, newTargets, at + 1, oldTargets.length - at);
			this.keys[state] = newKeys;
			this.targets[state] = newTargets;
		}

		private int newState() {
			if (this.states == this.keys.length) {
				int size = this.states * 2;
				this.keys = Arrays.copyOf(this.keys, size);
				this.targets = Arrays.copyOf(this.targets, size);
				this.failure = Arrays.copyOf(this.failure, size);
				this.outputs = Arrays.copyOf(this.outputs, size);
			}
			this.keys[this.states] = new char[0];
			this.targets[this.states] = new int[0];
			this.outputs[this.states] = new int[0];
			return this.states++;
		}

		private static int[] append(int[] values, int value) {
			int[] longer = Arrays.copyOf(values, values.length + 1);
			longer[values.length] = value;
			return longer;
		}

	}

}
