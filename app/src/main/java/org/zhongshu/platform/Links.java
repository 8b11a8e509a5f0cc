package org.zhongshu.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links templates need: {@code ${@links.page(2)}} is the current page of a list with
 * another page number, every other query parameter kept.
 */
@Component("links")
class Links {

	public String page(int page) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build();
		return current.getPath() + "?" + current.getQuery();
	}

}
