/**
 * The Zhongshu proofreader: finds the wrong number, mark or word in an official document.
 */
module org.zhongshu.proofread {

	requires static org.jspecify;

	requires java.xml;

	requires hanlp.portable;

	requires word.checker;

	requires jieba.analysis;

	requires nlp.hanzi.similar;

	requires tools.jackson.databind;

	opens org.zhongshu.proofread.cli to tools.jackson.databind;

	exports org.zhongshu.proofread;

}
