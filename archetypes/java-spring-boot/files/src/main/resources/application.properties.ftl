spring.application.name=[=name]

# PORT from the environment (the image sets it to [=port?c]; its HEALTHCHECK probes [=port?c]).
server.port=${PORT:[=port?c]}
