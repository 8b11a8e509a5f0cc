package org.zhongshu.platform;

/**
 * Someone else got there first: the step, the record or the number the request acted on
 * was changed by another person a moment before. Pages show the message; the API answers
 * 409 with it.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
