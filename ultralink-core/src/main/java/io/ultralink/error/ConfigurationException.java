package io.ultralink.error;

/**
 * A setting, language pack, provider choice or other configuration is missing or invalid. The
 * message names the key, field or file and says what to do. Never retryable.
 */
public class ConfigurationException extends UltraLinkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the bad setting. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the bad setting, and its cause. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
