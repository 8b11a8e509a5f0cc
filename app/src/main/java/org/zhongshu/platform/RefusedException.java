package org.zhongshu.platform;

/**
 * A request the rules do not allow, with the reason in Chinese for the person who made
 * it. Pages show the message beside the form; the API answers 400 with it.
 */
public class RefusedException extends RuntimeException {

	public RefusedException(String message) {
		super(message);
	}

}
