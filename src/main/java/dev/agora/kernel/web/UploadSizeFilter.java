package dev.agora.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an oversized multipart upload with 413 before Spring Security sees it. Otherwise the CSRF filter
 * reads the token parameter, the container fails to parse the too-large body, the token looks missing and
 * the member gets a misleading 403 instead of "file too large". Pages get the friendly error page (by a
 * forward that hides the unreadable body: an error dispatch would try to parse it again), the API a
 * problem+json.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE_PAGE = "/upload-too-large";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            try {
                request.getParts(); // parses once; the container keeps the parts for everyone after us
            } catch (IllegalStateException | IOException e) {
                if (!isSizeLimit(e)) {
                    throw e;
                }
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    writeProblem(response);
                } else {
                    request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new WithoutBody(request), response);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void writeProblem(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The upload is larger than the server accepts.\"}");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** The request as a body-less GET, so nothing downstream tries to read the rejected upload. */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }
    }
}
